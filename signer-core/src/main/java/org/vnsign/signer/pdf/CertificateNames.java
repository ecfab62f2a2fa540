/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pdf;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Names printed on appearances when the profile leaves them empty: the certificate's CN and O. */
final class CertificateNames {
    private CertificateNames() {}

    static String commonName(X509Certificate certificate) {
        return attribute(certificate, BCStyle.CN);
    }

    static String organization(X509Certificate certificate) {
        return attribute(certificate, BCStyle.O);
    }

    private static String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        X500Name name =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return "";
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : value.toString();
    }
}
