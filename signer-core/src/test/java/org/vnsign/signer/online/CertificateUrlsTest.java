/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestPki;

/** Where a certificate says its status and its issuer can be fetched (AIA and CRL distribution points). */
class CertificateUrlsTest {
    private static final String BASE = "http://127.0.0.1:9";
    private static TestPki pki;

    @BeforeAll
    static void pki() {
        pki = TestPki.generate(Optional.of(new TestPki.ServiceUrls(BASE, BASE + "/ocsp")));
    }

    @Test
    void aSignerNamesItsOcspResponderIssuerCertificateAndCrl() {
        X509Certificate signer = pki.identity(KeyProfile.RSA_2048).certificate();

        assertThat(CertificateUrls.ocsp(signer)).containsExactly(URI.create(BASE + "/ocsp"));
        assertThat(CertificateUrls.caIssuers(signer)).containsExactly(URI.create(BASE + "/certs/ca.crt"));
        assertThat(CertificateUrls.crls(signer)).containsExactly(URI.create(BASE + "/crl/ca.crl"));
    }

    @Test
    void theIssuingCaPointsOnlyAtTheRootsCrlAndCertificate() {
        X509Certificate ca = pki.issuingCa();

        assertThat(CertificateUrls.ocsp(ca)).isEmpty();
        assertThat(CertificateUrls.caIssuers(ca)).singleElement().asString().startsWith(BASE + "/certs/");
        assertThat(CertificateUrls.crls(ca)).singleElement().asString().startsWith(BASE + "/crl/");
    }

    @Test
    void aCertificateWithoutUrlsHasNone() {
        X509Certificate plain = TestPki.generate().identity(KeyProfile.RSA_2048).certificate();

        assertThat(CertificateUrls.ocsp(plain)).isEmpty();
        assertThat(CertificateUrls.caIssuers(plain)).isEmpty();
        assertThat(CertificateUrls.crls(plain)).isEmpty();
    }
}
