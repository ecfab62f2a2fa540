/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.vnsign.signer.online.Fingerprints;
import org.vnsign.signer.pki.NameAttributes;
import org.vnsign.signer.verify.CertificateSummary;

/** A certificate as the report shows it: names people read, serial, fingerprint, validity. */
final class CertificateSummaries {
    private CertificateSummaries() {}

    static CertificateSummary of(X509Certificate certificate) {
        String sha256;
        try {
            sha256 = Fingerprints.sha256Hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            sha256 = "";
        }
        return new CertificateSummary(
                NameAttributes.commonName(certificate),
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                sha256,
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
    }
}
