/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.validation.IndependentValidation;

/** PAdES baseline B-B as the independent validators see it, for every key type and digest. */
class PadesSigningIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "RSA_2048, RSA_PKCS1, SHA256",
        "RSA_2048, RSA_PKCS1, SHA384",
        "RSA_3072, RSA_PKCS1, SHA512",
        "RSA_2048, RSA_PSS, SHA256",
        "EC_P256, ECDSA, SHA256"
    })
    void signsBaselineBThatDssAndPdfsigAccept(KeyProfile profile, SignatureMechanism mechanism, HashAlgorithm hash)
            throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("quyet-dinh.pdf"));
        SignerIdentity identity =
                new SignerIdentity(SigningFixture.identity(profile).chain(), mechanism, hash);
        DocumentSigner signer = SigningFixture.documentSigner();
        SigningRequest request =
                SigningRequest.of(input, dir.resolve("out.pdf"), new Appearance.Invisible(), SignProfile.empty());

        SignResult result = signer.sign(signer.plan(request, identity), SigningFixture.source(profile));

        IndependentValidation.assertValid(result.output(), SigningFixture.pki(), 1);
    }

    @Test
    void appendsARevisionAndKeepsTheInputUntouched() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        byte[] original = Files.readAllBytes(input);

        SignResult result = signInvisible(input, KeyProfile.RSA_2048);

        byte[] signed = Files.readAllBytes(result.output());
        assertThat(Files.readAllBytes(input)).isEqualTo(original);
        assertThat(Arrays.copyOf(signed, original.length)).isEqualTo(original);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.pdf", "out.pdf");
        }
    }

    @Test
    void reservesSpaceFromTheChainWithLittleSlack() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));

        SignResult result = signInvisible(input, KeyProfile.RSA_3072);

        int used = SigningFixture.lastSignatureContainer(result.output()).length;
        int chain = SigningFixture.identity(KeyProfile.RSA_3072).chain().stream()
                .mapToInt(c -> {
                    try {
                        return c.getEncoded().length;
                    } catch (java.security.cert.CertificateEncodingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sum();
        assertThat(used).isGreaterThan(chain);
        assertThat(result.reservedBytes()).isBetween(used, used + 1024);
    }

    private SignResult signInvisible(Path input, KeyProfile key) throws SignerException {
        DocumentSigner signer = SigningFixture.documentSigner();
        SigningRequest request =
                SigningRequest.of(input, dir.resolve("out.pdf"), new Appearance.Invisible(), SignProfile.empty());
        return SigningFixture.sign(signer, request, key);
    }
}
