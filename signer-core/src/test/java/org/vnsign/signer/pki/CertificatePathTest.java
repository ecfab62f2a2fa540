/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestPki;

/** A signer's path to a trust anchor, and why there is none in words a person can act on. */
class CertificatePathTest {
    private static TestPki pki;
    private static X509Certificate signer;

    @BeforeAll
    static void pki() {
        pki = TestPki.generate();
        signer = pki.identity(KeyProfile.RSA_2048).certificate();
    }

    @Test
    void aCompletePoolReachesTheTrustedRoot() {
        CertificatePath path = CertificatePath.build(
                signer, List.of(pki.issuingCa()), TrustAnchors.none().plus(List.of(pki.root())));

        assertThat(path.trusted()).isTrue();
        assertThat(path.certificates()).containsExactly(signer, pki.issuingCa(), pki.root());
        assertThat(path.belowAnchor()).containsExactly(signer, pki.issuingCa());
    }

    @Test
    void aMissingIntermediateIsNamed() {
        CertificatePath path =
                CertificatePath.build(signer, List.of(), TrustAnchors.none().plus(List.of(pki.root())));

        assertThat(path.problem()).isEqualTo(CertificatePath.Problem.MISSING_ISSUER);
        assertThat(path.missingName()).isEqualTo(NameAttributes.commonName(pki.issuingCa()));
        assertThat(path.belowAnchor()).containsExactly(signer);
    }

    @Test
    void aRootNobodyTrustsIsNamed() {
        CertificatePath path = CertificatePath.build(signer, List.of(pki.issuingCa(), pki.root()), TrustAnchors.none());

        assertThat(path.problem()).isEqualTo(CertificatePath.Problem.UNTRUSTED_ROOT);
        assertThat(path.missingName()).isEqualTo(NameAttributes.commonName(pki.root()));
    }

    @Test
    void theIssuingCaItselfMayBeTheAnchor() {
        CertificatePath path =
                CertificatePath.build(signer, List.of(), TrustAnchors.none().plus(List.of(pki.issuingCa())));

        assertThat(path.trusted()).isTrue();
        assertThat(path.certificates()).containsExactly(signer, pki.issuingCa());
    }
}
