/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pki;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.online.CertificateUrls;
import org.vnsign.signer.online.Evidence;
import org.vnsign.signer.online.HttpFetcher;
import org.vnsign.signer.online.IssuerFinder;
import org.vnsign.signer.online.OnlineCache;
import org.vnsign.signer.online.RevocationFetcher;
import org.vnsign.signer.verify.SignerCertificateChecker;
import org.vnsign.signer.verify.SignerCheck;
import org.vnsign.signer.verify.SignerCheckRequest;

/**
 * The pre-signing check, in the order a person can act on: validity period, key usage, key size,
 * a path to a trusted anchor (completing the chain from the key source, the other certificates
 * given, the cache and the AIA caIssuers URLs), then revocation of every certificate of the path
 * that has a status (OCSP first, then the CRL; answers cached until their nextUpdate).
 */
public final class PreSigningCheck implements SignerCertificateChecker {
    private static final Logger LOG = LoggerFactory.getLogger(PreSigningCheck.class);
    /** Circular 15/2025/TT-BKHCN's minimum key sizes. */
    static final int MIN_RSA_BITS = 2048;

    static final int MIN_EC_BITS = 256;
    /** A cached answer older than this is asked again: revocation news should not wait for nextUpdate alone. */
    private static final Duration FRESH_ENOUGH = Duration.ofDays(1);

    private static final int MAX_FETCHES = 5;

    private final Clock clock;
    private final NetworkSettings network;

    public PreSigningCheck(Clock clock, NetworkSettings network) {
        this.clock = clock;
        this.network = network;
    }

    @Override
    public SignerCheck check(SignerCheckRequest request) throws SignerException {
        X509Certificate signer = request.signer();
        Instant now = clock.instant();
        requireInValidity(signer, now);
        requireSigningUsage(signer);
        requireStrongKey(signer.getPublicKey());
        NetworkSettings settings = request.online() ? network : network.asOffline();
        HttpFetcher http = new HttpFetcher(settings);
        OnlineCache cache = new OnlineCache(settings.cacheDirectory());
        List<String> fetched = new ArrayList<>();
        CertificatePath path = path(request, new IssuerFinder(http, cache), fetched);
        List<X509Certificate> chain = path.certificates();
        Optional<String> unknown = revocation(chain, new RevocationFetcher(http, cache), now);
        if (unknown.isPresent() && request.revocationRequired()) {
            throw new SignerException(
                    SignerError.REVOCATION_UNAVAILABLE,
                    "the revocation status of the signer's certificate cannot be checked: " + unknown.get());
        }
        return new SignerCheck(
                chain,
                unknown.isPresent() ? SignerCheck.Revocation.NOT_CHECKED : SignerCheck.Revocation.GOOD,
                unknown.orElse(""),
                fetched);
    }

    private static void requireInValidity(X509Certificate signer, Instant now) throws SignerException {
        if (now.isBefore(signer.getNotBefore().toInstant())) {
            throw new SignerException(
                    SignerError.CERTIFICATE_NOT_YET_VALID,
                    "the certificate is valid from " + signer.getNotBefore().toInstant() + ", it is now " + now);
        }
        if (now.isAfter(signer.getNotAfter().toInstant())) {
            throw new SignerException(
                    SignerError.CERTIFICATE_EXPIRED,
                    "the certificate expired at " + signer.getNotAfter().toInstant());
        }
    }

    /** Key usage digitalSignature (0) or nonRepudiation (1); a certificate without the extension allows any use. */
    private static void requireSigningUsage(X509Certificate signer) throws SignerException {
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage.length > 0 && usage[0]) && !(usage.length > 1 && usage[1])) {
            throw new SignerException(
                    SignerError.CERTIFICATE_NOT_FOR_SIGNING,
                    "the certificate's key usage allows neither digitalSignature nor nonRepudiation");
        }
    }

    static void requireStrongKey(PublicKey key) throws SignerException {
        if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new SignerException(
                    SignerError.KEY_TOO_WEAK, "RSA " + rsa.getModulus().bitLength() + " bits, at least 2048 needed");
        }
        if (key instanceof ECPublicKey ec && ec.getParams().getOrder().bitLength() < MIN_EC_BITS) {
            throw new SignerException(
                    SignerError.KEY_TOO_WEAK,
                    "ECDSA " + ec.getParams().getOrder().bitLength() + " bits, at least 256 needed");
        }
    }

    /** The path to an anchor, fetching missing issuers (cache, then AIA) as long as that helps. */
    private static CertificatePath path(SignerCheckRequest request, IssuerFinder issuers, List<String> fetched)
            throws SignerException {
        Set<X509Certificate> pool = new LinkedHashSet<>(request.chain());
        pool.addAll(request.elsewhere());
        CertificatePath path = CertificatePath.build(request.signer(), pool, request.anchors());
        for (int i = 0; i < MAX_FETCHES && path.problem() == CertificatePath.Problem.MISSING_ISSUER; i++) {
            X509Certificate last = path.certificates().get(path.certificates().size() - 1);
            Optional<X509Certificate> issuer = issuers.issuerOf(last, pool);
            if (issuer.isEmpty() || !pool.add(issuer.get())) {
                break;
            }
            fetched.add(CertificateUrls.caIssuers(last).stream()
                    .findFirst()
                    .map(Object::toString)
                    .orElse("cache"));
            path = CertificatePath.build(request.signer(), pool, request.anchors());
        }
        if (!path.trusted()) {
            throw new SignerException(
                    SignerError.CERTIFICATE_UNTRUSTED,
                    switch (path.problem()) {
                        case MISSING_ISSUER -> "the issuer certificate '" + path.missingName() + "' is not available";
                        case UNTRUSTED_ROOT -> "the chain ends at '" + path.missingName() + "', which is not trusted";
                        case NOT_A_CA -> "'" + path.missingName() + "' is not a CA certificate";
                        case NONE -> "";
                    });
        }
        Optional<PathConstraints.Violation> broken = PathConstraints.check(path);
        if (broken.isPresent()) {
            throw new SignerException(
                    SignerError.CERTIFICATE_UNTRUSTED,
                    "'" + broken.get().certificate() + "' breaks a rule of certificate path validation ("
                            + broken.get().key().substring("chain.".length()) + ")");
        }
        return path;
    }

    /** Revoked: refused. Unknown: why, for the caller to decide. */
    private static Optional<String> revocation(List<X509Certificate> chain, RevocationFetcher fetcher, Instant now)
            throws SignerException {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            if (RevocationExemptions.needsNoCheck(certificate)) {
                continue;
            }
            try {
                Evidence evidence = fetcher.status(certificate, chain.get(i + 1), now.minus(FRESH_ENOUGH));
                if (evidence.revokedAt().isPresent()
                        && !evidence.revokedAt().get().isAfter(now)) {
                    throw new SignerException(
                            SignerError.CERTIFICATE_REVOKED,
                            NameAttributes.commonName(certificate) + " was revoked at "
                                    + evidence.revokedAt().get());
                }
            } catch (RevocationFetcher.UnavailableException e) {
                LOG.debug(
                        "revocation of {} unknown before signing: {}",
                        NameAttributes.commonName(certificate),
                        e.getMessage());
                unknown.add(NameAttributes.commonName(certificate) + ": " + e.getMessage());
            }
        }
        return unknown.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", unknown));
    }
}
