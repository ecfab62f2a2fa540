/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.appearance;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.vnsign.signer.pki.NameAttributes;

/** Names printed on appearances when the profile leaves them empty: the certificate's CN and O. */
final class NamesFromCertificate {
    private NamesFromCertificate() {}

    static String commonName(X509Certificate certificate) {
        return NameAttributes.attribute(certificate.getSubjectX500Principal(), BCStyle.CN);
    }

    static String title(X509Certificate certificate) {
        return NameAttributes.attribute(certificate.getSubjectX500Principal(), BCStyle.T);
    }

    static String organization(X509Certificate certificate) {
        return NameAttributes.attribute(certificate.getSubjectX500Principal(), BCStyle.O);
    }
}
