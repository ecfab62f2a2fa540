/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;

/**
 * Gathers the validation data for certificates up to their self-signed roots: each issuer (found
 * or fetched), and for each certificate that is not a root the revocation status from its issuer's
 * services, including the certificates of OCSP responders (unless they carry
 * id-pkix-ocsp-nocheck, which exempts them).
 */
public final class ValidationCollector {
    private final IssuerFinder issuers;
    private final RevocationFetcher revocation;

    public ValidationCollector(IssuerFinder issuers, RevocationFetcher revocation) {
        this.issuers = issuers;
        this.revocation = revocation;
    }

    /** An issuer could not be found: neither at hand nor at the certificate's caIssuers URL. */
    public static final class MissingIssuerException extends Exception {
        private static final long serialVersionUID = 1L;

        MissingIssuerException(X509Certificate certificate) {
            super("the issuer of " + certificate.getSubjectX500Principal() + " (" + certificate.getIssuerX500Principal()
                    + ") is neither in the file nor at its caIssuers URL");
        }
    }

    /**
     * Collects into {@code data} for {@code start} and everything they lead to.
     *
     * @param known certificates at hand to find issuers among
     * @param covered certificates whose status the file already has: not fetched again
     * @param notBefore the earliest OCSP answer worth taking (the newest time-stamp to cover)
     */
    public void collect(
            List<X509Certificate> start,
            Collection<X509Certificate> known,
            Predicate<X509Certificate> covered,
            Instant notBefore,
            ValidationData data)
            throws MissingIssuerException, RevocationFetcher.UnavailableException {
        List<X509Certificate> pool = new ArrayList<>(known);
        pool.addAll(start);
        Deque<X509Certificate> queue = new ArrayDeque<>(start);
        Set<X509Certificate> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            X509Certificate certificate = queue.poll();
            if (!seen.add(certificate)) {
                continue;
            }
            data.add(certificate);
            if (IssuerFinder.selfSigned(certificate)) {
                continue;
            }
            Optional<X509Certificate> issuer = issuers.issuerOf(certificate, pool);
            if (issuer.isEmpty()) {
                throw new MissingIssuerException(certificate);
            }
            pool.add(issuer.get());
            queue.add(issuer.get());
            if (exempt(certificate) || covered.test(certificate)) {
                continue;
            }
            Evidence evidence = revocation.status(certificate, issuer.get(), notBefore);
            data.add(certificate, evidence);
            for (X509Certificate signer : evidence.signers()) {
                pool.add(signer);
                queue.add(signer);
            }
        }
    }

    private static boolean exempt(X509Certificate certificate) {
        return certificate.getExtensionValue(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck.getId()) != null;
    }
}
