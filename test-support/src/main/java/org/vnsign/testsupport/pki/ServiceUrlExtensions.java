/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.pki;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/**
 * The URLs a test certificate names for its status and its issuer (CRL distribution point, OCSP and
 * CA-issuer access), pointing at the loopback services of {@link TestPki.ServiceUrls}.
 */
final class ServiceUrlExtensions {
    private ServiceUrlExtensions() {}

    /** CRL, OCSP and CA-issuer URLs of a certificate the issuing CA issued. */
    static void addEndEntityUrls(X509v3CertificateBuilder builder, Optional<TestPki.ServiceUrls> urls)
            throws IOException {
        if (urls.isPresent()) {
            addCrlUrl(builder, urls.get().crl("ca"));
            addAccess(builder, Optional.of(urls.get().ocsp()), urls.get().certificate("ca"));
        }
    }

    /** CRL and CA-issuer URLs of the issuing CA: no OCSP, as for most real intermediates. */
    static void addCaUrls(X509v3CertificateBuilder builder, Optional<TestPki.ServiceUrls> urls) throws IOException {
        if (urls.isPresent()) {
            addCrlUrl(builder, urls.get().crl("root"));
            addAccess(builder, Optional.empty(), urls.get().certificate("root"));
        }
    }

    private static void addCrlUrl(X509v3CertificateBuilder builder, String url) throws IOException {
        GeneralName crlUrl = new GeneralName(GeneralName.uniformResourceIdentifier, url);
        builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(new GeneralNames(crlUrl)), null, null)
        }));
    }

    private static void addAccess(X509v3CertificateBuilder builder, Optional<String> ocsp, String issuerCertificate)
            throws IOException {
        List<AccessDescription> access = new ArrayList<>();
        ocsp.ifPresent(url -> access.add(new AccessDescription(
                AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, url))));
        access.add(new AccessDescription(
                AccessDescription.id_ad_caIssuers,
                new GeneralName(GeneralName.uniformResourceIdentifier, issuerCertificate)));
        builder.addExtension(
                Extension.authorityInfoAccess,
                false,
                new AuthorityInformationAccess(access.toArray(new AccessDescription[0])));
    }
}
