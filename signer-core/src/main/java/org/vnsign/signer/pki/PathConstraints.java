/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pki;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vnsign.signer.online.IssuerFinder;

/**
 * The structural rules of RFC 5280 path validation over a path {@link CertificatePath} found:
 * basic constraints and path length, the CA's keyCertSign usage, name constraints, unknown critical
 * extensions, and validity periods that overlap (the shell model). Bouncy Castle's PKIX validator
 * does the work rather than hand-written checks: it knows every signature algorithm the CMS check
 * knows (Brainpool, PSS, EdDSA), which the JDK's does not.
 *
 * <p>Revocation and each certificate's validity at the signing time are not judged here; the
 * signature judge does both with proof of existence (ETSI EN 319 102-1), so an expired CA is never
 * reported twice or as a broken chain. Why the shell model: see ADR 0009.
 */
public final class PathConstraints {
    private static final Provider BOUNCY_CASTLE = Crypto.BOUNCY_CASTLE;

    /** A broken rule: the text key, and the certificate it is about. */
    public record Violation(String key, String certificate) {}

    private PathConstraints() {}

    /** The first rule {@code path} breaks, or empty. An untrusted or anchor-only path is not judged here. */
    public static Optional<Violation> check(CertificatePath path) {
        List<X509Certificate> certificates = path.certificates();
        if (!path.trusted() || certificates.size() < 2) {
            return Optional.empty();
        }
        List<X509Certificate> belowAnchor = path.belowAnchor();
        X509Certificate anchor = certificates.get(certificates.size() - 1);
        Optional<Date> commonTime = commonTime(certificates);
        if (commonTime.isEmpty()) {
            return Optional.of(new Violation("chain.validityNesting", NameAttributes.commonName(belowAnchor.get(0))));
        }
        try {
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(commonTime.get());
            // A self-signed anchor joins the path, so its own constraints (path length, names) bind
            // the chain as RFC 5937 allows; a bare TrustAnchor would carry only its key.
            List<X509Certificate> validated = IssuerFinder.selfSigned(anchor) ? certificates : belowAnchor;
            CertPath certPath =
                    CertificateFactory.getInstance("X.509", BOUNCY_CASTLE).generateCertPath(validated);
            CertPathValidator.getInstance("PKIX", BOUNCY_CASTLE).validate(certPath, parameters);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            int index = e.getIndex();
            X509Certificate about = index >= 0 && index < certificates.size() ? certificates.get(index) : anchor;
            return Optional.of(new Violation(keyFor(e), NameAttributes.commonName(about)));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.of(new Violation("chain.constraints", NameAttributes.commonName(belowAnchor.get(0))));
        }
    }

    /** The latest start of validity, if every certificate of the path is still valid then. */
    private static Optional<Date> commonTime(List<X509Certificate> certificates) {
        Date latestStart = certificates.stream()
                .map(X509Certificate::getNotBefore)
                .max(Date::compareTo)
                .orElseThrow();
        boolean overlap = certificates.stream().noneMatch(c -> c.getNotAfter().before(latestStart));
        return overlap ? Optional.of(latestStart) : Optional.empty();
    }

    /** Bouncy Castle words its reasons without codes; the wording is stable across its releases. */
    private static String keyFor(CertPathValidatorException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("path length")) {
            return "chain.pathLength";
        }
        if (message.contains("ca certificate") || message.contains("basicconstraints")) {
            return "chain.notCa";
        }
        if (message.contains("keyusage") || message.contains("key usage")) {
            return "chain.caKeyUsage";
        }
        if (message.contains("critical extension")) {
            return "chain.criticalExtension";
        }
        if (message.contains("subtree") || message.contains("name constraint")) {
            return "chain.nameConstraints";
        }
        return "chain.constraints";
    }
}
