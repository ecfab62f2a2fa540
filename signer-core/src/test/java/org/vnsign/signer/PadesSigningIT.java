/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.SignerProfile;
import org.vnsign.testsupport.validation.DssValidation;
import org.vnsign.testsupport.validation.Pdfsig;

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
    void signsBaselineBThatDssAndPdfsigAccept(SignerProfile profile, SignatureMechanism mechanism, HashAlgorithm hash)
            throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("quyet-dinh.pdf"));
        SignerIdentity identity =
                new SignerIdentity(SigningFixture.identity(profile).chain(), mechanism, hash);
        DocumentSigner signer = SigningFixture.documentSigner();
        SigningRequest request =
                SigningRequest.of(input, dir.resolve("out.pdf"), new Appearance.Invisible(), SignProfile.empty());

        SignResult result = signer.sign(signer.plan(request, identity), SigningFixture.source(profile));

        List<DssValidation.Signature> dss = DssValidation.validate(result.output(), SigningFixture.pki());
        assertThat(dss).singleElement().satisfies(s -> {
            assertThat(s.format()).isEqualTo("PAdES-BASELINE-B");
            assertThat(s.indication()).as("%s", s).isEqualTo("TOTAL_PASSED");
        });
        assertThat(Pdfsig.validate(result.output(), SigningFixture.pki()))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.valid()).as("%s", s).isTrue();
                    assertThat(s.type()).isEqualTo("ETSI.CAdES.detached");
                    assertThat(s.totalDocumentSigned()).isTrue();
                });
    }

    @Test
    void appendsARevisionAndKeepsTheInputUntouched() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        byte[] original = Files.readAllBytes(input);

        SignResult result = signInvisible(input, SignerProfile.RSA_2048);

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

        SignResult result = signInvisible(input, SignerProfile.RSA_3072);

        int used = usedContentsBytes(result.output());
        int chain = SigningFixture.identity(SignerProfile.RSA_3072).chain().stream()
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

    /** The DER length of the CMS in the last /Contents hex string. */
    private static int usedContentsBytes(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher matcher = Pattern.compile("/Contents\\s*<([0-9a-fA-F]+)>").matcher(text);
        String hex = null;
        while (matcher.find()) {
            hex = matcher.group(1);
        }
        assertThat(hex).isNotNull();
        byte[] der = java.util.HexFormat.of().parseHex(hex);
        int lengthByte = der[1] & 0xff;
        if (lengthByte < 0x80) {
            return 2 + lengthByte;
        }
        int count = lengthByte & 0x7f;
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[2 + i] & 0xff);
        }
        return 2 + count + length;
    }

    private SignResult signInvisible(Path input, SignerProfile key) throws SignerException {
        DocumentSigner signer = SigningFixture.documentSigner();
        SigningRequest request =
                SigningRequest.of(input, dir.resolve("out.pdf"), new Appearance.Invisible(), SignProfile.empty());
        return signer.sign(signer.plan(request, SigningFixture.signer(key)), SigningFixture.source(key));
    }
}
