/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.testsupport.pki.TestPki;

class TrustAnchorsTest {
    private static final String ROOT_G2 = "F04BA4B459A7C9A1B971AD9B1CB833E695A80C79AEA63B174B66A70EDFE2FDB8";
    private static final String ROOT_G1 = "F7BC89054CEC7F12730D7B8CD3EB7955B163835087E5EB873EDFB584763B3F90";
    private static final String NEAC = "BAC8BF609AB420A8EE1780D74F4DE5C7F7184959D2A7375B0A75E4C29F0908E7";
    private static final String MIC = "CA918D635BB130BEC97639E6AABF7EDBC4EB1310F8058B9419F467AE0230AD8C";

    @TempDir
    Path dir;

    @Test
    void theVietnameseAnchorsArePinnedAndTheShippedG2RootIsOne() {
        TrustAnchors anchors = TrustAnchors.vietnamese();

        assertThat(anchors.fingerprints()).contains(ROOT_G1, ROOT_G2, NEAC, MIC).hasSize(11);
        X509Certificate rootG2 = anchors.certificates().stream()
                .filter(c -> TrustAnchors.sha256(c).equals(ROOT_G2))
                .findFirst()
                .orElseThrow();
        assertThat(rootG2.getSubjectX500Principal().getName()).contains("RootCA chuyên dùng Chính phủ G2");
        assertThat(anchors.trusts(rootG2)).isTrue();
        assertThat(anchors.isGovernmentFirstGeneration(rootG2)).isFalse();
    }

    @Test
    void anchorsAreAddedFromPemOrDerAndRemovedByFingerprint() throws Exception {
        TestPki pki = TestPki.generate();
        Path der = Files.write(dir.resolve("root.cer"), pki.root().getEncoded());
        Path pem = Files.writeString(
                dir.resolve("ca.pem"),
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder().encodeToString(pki.issuingCa().getEncoded())
                        + "\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);

        TrustAnchors added = TrustAnchors.vietnamese().plus(TrustAnchors.read(dir));
        TrustAnchors removed = added.minus(ROOT_G2.toLowerCase()).minus(TrustAnchors.sha256(pki.root()));

        assertThat(TrustAnchors.read(der)).containsExactly(pki.root());
        assertThat(TrustAnchors.read(pem)).containsExactly(pki.issuingCa());
        assertThat(added.trusts(pki.root())).isTrue();
        assertThat(added.trusts(pki.issuingCa())).isTrue();
        assertThat(removed.trusts(pki.root())).isFalse();
        assertThat(removed.fingerprints()).doesNotContain(ROOT_G2).contains(NEAC);
        assertThat(removed.certificates()).contains(pki.issuingCa()).doesNotContain(pki.root());
        assertThat(removed.certificates()).noneMatch(c -> TrustAnchors.sha256(c).equals(ROOT_G2));
        assertThat(TrustAnchors.none().plus(List.of(pki.root())).fingerprints()).hasSize(1);
    }

    @Test
    void aFileThatIsNotACertificateIsACodedError() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.crt"), "not a certificate");

        SignerException error = catchThrowableOfType(SignerException.class, () -> TrustAnchors.read(text));

        assertThat(error.error()).isEqualTo(SignerError.TRUST_UNREADABLE);
        assertThat(error.getMessage()).contains("notes.crt");
    }
}
