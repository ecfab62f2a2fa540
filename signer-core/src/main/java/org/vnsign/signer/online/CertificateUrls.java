/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/** The HTTP URLs a certificate names for its OCSP responder, its issuer's certificate and its CRLs. */
public final class CertificateUrls {
    private CertificateUrls() {}

    static List<URI> ocsp(X509Certificate certificate) {
        return access(certificate, AccessDescription.id_ad_ocsp);
    }

    public static List<URI> caIssuers(X509Certificate certificate) {
        return access(certificate, AccessDescription.id_ad_caIssuers);
    }

    static List<URI> crls(X509Certificate certificate) {
        List<URI> urls = new ArrayList<>();
        ASN1Primitive value = extension(certificate, Extension.cRLDistributionPoints);
        if (value == null) {
            return urls;
        }
        for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
            DistributionPointName name = point.getDistributionPoint();
            if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                for (GeneralName general :
                        GeneralNames.getInstance(name.getName()).getNames()) {
                    uri(general).ifPresent(urls::add);
                }
            }
        }
        return urls;
    }

    private static List<URI> access(X509Certificate certificate, ASN1ObjectIdentifier method) {
        List<URI> urls = new ArrayList<>();
        ASN1Primitive value = extension(certificate, Extension.authorityInfoAccess);
        if (value == null) {
            return urls;
        }
        for (AccessDescription description :
                AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
            if (description.getAccessMethod().equals(method)) {
                uri(description.getAccessLocation()).ifPresent(urls::add);
            }
        }
        return urls;
    }

    private static Optional<URI> uri(GeneralName name) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return Optional.empty();
        }
        String text = ASN1IA5String.getInstance(name.getName()).getString().trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ASN1Primitive extension(X509Certificate certificate, ASN1ObjectIdentifier oid) {
        byte[] raw = certificate.getExtensionValue(oid.getId());
        if (raw == null) {
            return null;
        }
        try {
            return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(raw).getOctets());
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
