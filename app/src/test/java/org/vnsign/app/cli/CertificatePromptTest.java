/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vnsign.app.i18n.Messages;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.pki.TestPki;
import org.vnsign.token.CertificateInfo;
import org.vnsign.token.KeyHandle;
import org.vnsign.token.TokenCertificate;

class CertificatePromptTest {
    private static final TestPki PKI = TestPki.generate();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    private static TokenCertificate certificate(KeyProfile profile) throws Exception {
        TestIdentity identity = PKI.identity(profile);
        return new TokenCertificate(
                new KeyHandle(identity.tokenId(), profile.name()),
                identity.certificate(),
                CertificateInfo.of(identity.certificate()),
                false,
                identity.chain());
    }

    private Optional<TokenCertificate> answer(List<TokenCertificate> candidates, String typed, StringWriter shown) {
        return CertificatePrompt.ask(candidates, new StringReader(typed), new PrintWriter(shown), english);
    }

    @Test
    void listsOnlyTheCertificatesThatCanSignNow() throws Exception {
        List<TokenCertificate> all = List.of(
                certificate(KeyProfile.RSA_2048),
                certificate(KeyProfile.EXPIRED),
                certificate(KeyProfile.NOT_FOR_SIGNING),
                certificate(KeyProfile.EC_P256));

        assertThat(org.vnsign.app.signing.CertificateChoice.usableForSigning(all, Instant.now()))
                .extracting(c -> c.info().subject().commonName().orElseThrow())
                .containsExactly(KeyProfile.RSA_2048.commonName(), KeyProfile.EC_P256.commonName());
    }

    @Test
    void theNumberTypedChoosesTheCertificateShownWithIt() throws Exception {
        List<TokenCertificate> candidates = List.of(certificate(KeyProfile.RSA_2048), certificate(KeyProfile.EC_P256));
        StringWriter shown = new StringWriter();

        Optional<TokenCertificate> chosen = answer(candidates, "2\n", shown);

        assertThat(chosen).contains(candidates.get(1));
        assertThat(shown.toString())
                .contains("1. " + KeyProfile.RSA_2048.commonName())
                .contains("2. " + KeyProfile.EC_P256.commonName())
                .contains("(1-2, Enter to stop)");
    }

    @Test
    void anEmptyOrWrongAnswerChoosesNothing() throws Exception {
        List<TokenCertificate> candidates = List.of(certificate(KeyProfile.RSA_2048), certificate(KeyProfile.EC_P256));

        assertThat(answer(candidates, "\n", new StringWriter())).isEmpty();
        assertThat(answer(candidates, "3\n", new StringWriter())).isEmpty();
        assertThat(answer(candidates, "hai\n", new StringWriter())).isEmpty();
        assertThat(answer(candidates, "", new StringWriter())).isEmpty();
    }
}
