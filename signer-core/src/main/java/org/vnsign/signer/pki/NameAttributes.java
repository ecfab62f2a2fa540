/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pki;

import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Name attributes as people read them, UTF-8 Vietnamese kept. */
public final class NameAttributes {
    private NameAttributes() {}

    /** The subject's CN, or the whole subject when it has none. */
    public static String commonName(X509Certificate certificate) {
        return commonName(certificate.getSubjectX500Principal());
    }

    public static String commonName(X500Principal principal) {
        String name = attribute(principal, BCStyle.CN);
        return name.isEmpty() ? principal.getName(X500Principal.RFC2253) : name;
    }

    /** The first value of {@code type} in the name, or empty. */
    public static String attribute(X500Principal principal, ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(principal.getEncoded()).getRDNs(type);
        if (rdns.length == 0) {
            return "";
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : value.toString();
    }
}
