/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.vnsign.signer.online.Fingerprints;
import org.vnsign.signer.pki.NameAttributes;
import org.vnsign.signer.verify.CertificateSummary;

/** A certificate as the report shows it: names people read, serial, fingerprint, validity. */
final class CertificateSummaries {
    /**
     * Attributes Vietnamese certificates carry that RFC 2253 would print as an OID and a hex dump
     * ({@code 2.5.4.12=#0c14...}): named, so the title "Thứ trưởng" reads as such.
     */
    private static final Map<String, String> READABLE = Map.of(
            "2.5.4.12", "T",
            "0.9.2342.19200300.100.1.1", "UID",
            "2.5.4.5", "SERIALNUMBER",
            "1.2.840.113549.1.9.1", "EMAILADDRESS",
            "2.5.4.42", "GIVENNAME",
            "2.5.4.4", "SURNAME",
            "2.5.4.97", "ORGANIZATIONIDENTIFIER");

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
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253, READABLE),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253, READABLE),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                sha256,
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
    }
}
