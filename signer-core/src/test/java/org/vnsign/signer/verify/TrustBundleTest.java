/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vnsign.signer.online.IssuerFinder;
import org.vnsign.signer.pki.CertificatePath;
import org.vnsign.signer.pki.NameAttributes;
import org.vnsign.signer.pki.PathConstraints;

/**
 * The shipped trust bundle: every anchor file equals its official pin, every intermediate its
 * written fingerprint and is signed by a shipped anchor, and a real field certificate finds its
 * way to the national root offline through it (issue 20).
 */
class TrustBundleTest {
    /** The official pins (conventions, section 5), restated here so a changed list fails loudly. */
    private static final Map<String, String> OFFICIAL_PINS = Map.of(
            "F7BC89054CEC7F12730D7B8CD3EB7955B163835087E5EB873EDFB584763B3F90",
                    "Co quan chung thuc so chuyen dung Chinh phu (RootCA)",
            "F04BA4B459A7C9A1B971AD9B1CB833E695A80C79AEA63B174B66A70EDFE2FDB8", "RootCA chuyên dùng Chính phủ G2",
            "BAC8BF609AB420A8EE1780D74F4DE5C7F7184959D2A7375B0A75E4C29F0908E7", "Vietnam National Root CA",
            "CA918D635BB130BEC97639E6AABF7EDBC4EB1310F8058B9419F467AE0230AD8C", "MIC National Root CA");

    private final TrustAnchors bundle = TrustAnchors.vietnamese();

    @Test
    void everyShippedAnchorIsTheCertificateItsOfficialPinNames() {
        Map<String, String> shipped = bundle.certificates().stream()
                .collect(Collectors.toMap(TrustAnchors::sha256, NameAttributes::commonName));

        assertThat(shipped).isEqualTo(OFFICIAL_PINS);
        assertThat(bundle.certificates()).allMatch(IssuerFinder::selfSigned).allMatch(bundle::trusts);
        assertThat(bundle.certificates().stream().filter(bundle::isGovernmentFirstGeneration))
                .extracting(NameAttributes::commonName)
                .containsExactly("Co quan chung thuc so chuyen dung Chinh phu (RootCA)");
    }

    @Test
    void everyShippedIntermediateIsAHelperSignedByAnAnchorNeverAnAnchorItself() {
        List<X509Certificate> intermediates = bundle.intermediates();

        assertThat(intermediates)
                .extracting(NameAttributes::commonName)
                .containsExactlyInAnyOrder(
                        "VNPT-CA SHA2",
                        "VNPT SmartCA RS",
                        "Viettel-CA RS",
                        "FastCA SHA-256",
                        "FPT Certification Authority");
        for (X509Certificate intermediate : intermediates) {
            assertThat(bundle.trusts(intermediate))
                    .as(NameAttributes.commonName(intermediate))
                    .isFalse();
            assertThat(intermediate.getBasicConstraints()).isGreaterThanOrEqualTo(0);
            assertThat(bundle.certificates()).anyMatch(anchor -> IssuerFinder.issues(anchor, intermediate));
        }
    }

    @Test
    void aRealViettelCertificateReachesTheNationalRootOfflineThroughTheBundle() throws Exception {
        X509Certificate field = read("field-chain/viettel-end-entity.crt");

        CertificatePath path = CertificatePath.build(field, List.of(), bundle);
        CertificatePath withoutHelpers =
                CertificatePath.build(field, List.of(), TrustAnchors.none().plus(bundle.certificates()));

        assertThat(path.trusted()).isTrue();
        assertThat(PathConstraints.check(path))
                .as("RFC 5280 rules on a real chain")
                .isEmpty();
        assertThat(path.certificates())
                .extracting(NameAttributes::commonName)
                .containsExactly(NameAttributes.commonName(field), "Viettel-CA RS", "Vietnam National Root CA");
        assertThat(withoutHelpers.problem()).isEqualTo(CertificatePath.Problem.MISSING_ISSUER);
        assertThat(withoutHelpers.missingName()).isEqualTo("Viettel-CA RS");
    }

    private static X509Certificate read(String name) throws Exception {
        try (InputStream in = TrustBundleTest.class.getResourceAsStream(name)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        }
    }
}
