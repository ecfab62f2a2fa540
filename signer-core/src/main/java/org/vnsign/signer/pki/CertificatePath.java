/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pki;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vnsign.signer.online.IssuerFinder;
import org.vnsign.signer.verify.TrustAnchors;

/**
 * A certificate's path up to a trust anchor, built from the certificates at hand (the CMS, the
 * DSS, the anchors, the shipped intermediates), matching issuers by name and by signature. When
 * no path reaches an anchor it says why in the terms a person can act on: an issuer certificate is
 * missing (name given), or the chain ends at a root nobody trusts (name given).
 *
 * @param certificates the path, leaf first; ends with the anchor when {@code problem} is NONE
 * @param problem why the path does not reach an anchor
 * @param missingName the issuer that is missing, or the untrusted root, for the report
 */
public record CertificatePath(List<X509Certificate> certificates, Problem problem, String missingName) {
    private static final int MAX_LENGTH = 10;

    public enum Problem {
        NONE,
        MISSING_ISSUER,
        UNTRUSTED_ROOT,
        NOT_A_CA
    }

    public CertificatePath {
        certificates = List.copyOf(certificates);
    }

    public boolean trusted() {
        return problem == Problem.NONE;
    }

    /** The certificate whose status needs proving: all but the anchor. */
    public List<X509Certificate> belowAnchor() {
        return trusted() ? certificates.subList(0, certificates.size() - 1) : certificates;
    }

    /** Builds the path of {@code leaf} from {@code pool} to one of {@code anchors}. */
    public static CertificatePath build(X509Certificate leaf, Collection<X509Certificate> pool, TrustAnchors anchors) {
        Set<X509Certificate> candidates = new LinkedHashSet<>(pool);
        candidates.addAll(anchors.certificates());
        candidates.addAll(anchors.intermediates());
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate current = leaf;
        while (path.size() < MAX_LENGTH) {
            path.add(current);
            if (anchors.trusts(current)) {
                return new CertificatePath(path, Problem.NONE, "");
            }
            if (path.size() > 1 && current.getBasicConstraints() < 0) {
                return new CertificatePath(path, Problem.NOT_A_CA, NameAttributes.commonName(current));
            }
            if (IssuerFinder.selfSigned(current)) {
                return new CertificatePath(path, Problem.UNTRUSTED_ROOT, NameAttributes.commonName(current));
            }
            X509Certificate issuer = null;
            for (X509Certificate candidate : candidates) {
                if (!path.contains(candidate) && IssuerFinder.issues(candidate, current)) {
                    issuer = candidate;
                    break;
                }
            }
            if (issuer == null) {
                return new CertificatePath(
                        path, Problem.MISSING_ISSUER, NameAttributes.commonName(current.getIssuerX500Principal()));
            }
            current = issuer;
        }
        return new CertificatePath(path, Problem.UNTRUSTED_ROOT, NameAttributes.commonName(current));
    }
}
