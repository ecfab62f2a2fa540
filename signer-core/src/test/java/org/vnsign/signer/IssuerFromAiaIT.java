/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.SubIndication;
import org.vnsign.signer.verify.VerifyRequest;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;

/**
 * A signature whose CMS holds only the signer's certificate, as tokens that carry the end-entity
 * certificate alone produce: offline with nothing cached it cannot reach the root and says which
 * issuer is missing; online the issuer comes from the certificate's AIA caIssuers URL (served on
 * loopback) and the signature is VALID; the issuer is then cached, so offline verification on the
 * same machine reaches the root too.
 */
class IssuerFromAiaIT {
    @TempDir
    Path dir;

    @Test
    void theMissingIssuerIsNamedOfflineAndFetchedOnline() throws Exception {
        TestIdentity signer = SigningFixture.identity(KeyProfile.RSA_2048);
        Path signed = dir.resolve("only-signer.pdf");
        PlainItextSigner.sign(
                new Decree30Pdf().write(dir.resolve("in.pdf")),
                signed,
                signer,
                PlainItextSigner.Options.approval().withChain(List.of(signer.certificate())));
        Path freshCache = Files.createDirectories(dir.resolve("fresh"));

        SignatureReport offline = VerifyFixture.verify(
                        VerifyRequest.of(signed).withAnchors(VerifyFixture.testRoot()), freshCache)
                .signatures()
                .get(0);
        SignatureReport online = VerifyFixture.verify(
                        VerifyRequest.of(signed)
                                .withAnchors(VerifyFixture.testRoot())
                                .withOnline(true),
                        dir)
                .signatures()
                .get(0);
        SignatureReport offlineAfter = VerifyFixture.verify(
                        VerifyRequest.of(signed).withAnchors(VerifyFixture.testRoot()), dir)
                .signatures()
                .get(0);

        assertThat(offline.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(offline.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(offline.reason().en())
                .contains("is missing")
                .contains(
                        signer.certificate().getIssuerX500Principal().getName().replaceAll(".*CN=([^,]+).*", "$1"));
        assertThat(online.indication()).as(online.reason().en()).isEqualTo(Indication.VALID);
        assertThat(offlineAfter.indication()).as(offlineAfter.reason().en()).isEqualTo(Indication.VALID);
    }
}
