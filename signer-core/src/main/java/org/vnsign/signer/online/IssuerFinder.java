/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the certificate that issued another: among the certificates already at hand (the CMS, the
 * time-stamp, the file's DSS), else from the certificate's AIA caIssuers URL (a DER certificate or
 * a PKCS#7 bundle, cached). A candidate counts only if its key verifies the certificate.
 */
public final class IssuerFinder {
    private static final Logger LOG = LoggerFactory.getLogger(IssuerFinder.class);

    private final HttpFetcher http;
    private final OnlineCache cache;

    public IssuerFinder(HttpFetcher http, OnlineCache cache) {
        this.http = http;
        this.cache = cache;
    }

    /** Whether the certificate names itself as issuer and its own key verifies it: a root. */
    public static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && issues(certificate, certificate);
    }

    /** Whether {@code issuer} issued {@code certificate}: names match and its key verifies the signature. */
    public static boolean issues(X509Certificate issuer, X509Certificate certificate) {
        if (!issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public Optional<X509Certificate> issuerOf(X509Certificate certificate, Collection<X509Certificate> known) {
        for (X509Certificate candidate : known) {
            if (issues(candidate, certificate)) {
                return Optional.of(candidate);
            }
        }
        for (URI url : CertificateUrls.caIssuers(certificate)) {
            for (X509Certificate candidate : fetch(url)) {
                if (issues(candidate, certificate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private List<X509Certificate> fetch(URI url) {
        Optional<byte[]> cached = cache.read("certs", url.toString());
        try {
            byte[] bytes = cached.isPresent() ? cached.get() : http.get(url);
            List<X509Certificate> certificates = parse(bytes);
            if (cached.isEmpty() && !certificates.isEmpty()) {
                cache.write("certs", url.toString(), bytes);
            }
            return certificates;
        } catch (FetchException e) {
            // Offline verification asks here for every missing issuer: not worth a warning each time.
            if (e.isOffline()) {
                LOG.debug("issuer certificate at {} not cached, and the network is off", url);
            } else {
                LOG.warn("cannot fetch the issuer certificate from {}: {}", url, e.getMessage());
            }
            return List.of();
        } catch (GeneralSecurityException | RuntimeException e) {
            LOG.warn("cannot fetch the issuer certificate from {}: {}", url, e.getMessage());
            return List.of();
        }
    }

    private static List<X509Certificate> parse(byte[] bytes) throws GeneralSecurityException {
        Collection<? extends Certificate> all =
                CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes));
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : all) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }
}
