/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A certificate on a token whose private key is on the same token.
 *
 * @param key handle of the private key, for {@link Token#signDigest}
 * @param certificate the certificate itself (the token usually holds only the leaf)
 * @param info parsed fields for display and choice
 * @param alwaysAuthenticate the key asks for the PIN again for every signature (CKA_ALWAYS_AUTHENTICATE)
 * @param chain the certificate first, then the issuers found with it on the token or in the file,
 *     as far as they go; a signature embeds it so that validators can build the path
 */
public record TokenCertificate(
        KeyHandle key,
        X509Certificate certificate,
        CertificateInfo info,
        boolean alwaysAuthenticate,
        List<X509Certificate> chain) {
    public TokenCertificate {
        chain = List.copyOf(chain);
        if (chain.isEmpty() || !chain.get(0).equals(certificate)) {
            throw new IllegalArgumentException("the chain starts with the certificate itself");
        }
    }

    /** Orders {@code candidates} into the chain of {@code leaf} by issuer and subject names. */
    public static List<X509Certificate> chainOf(X509Certificate leaf, Collection<X509Certificate> candidates) {
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
        X509Certificate current = leaf;
        while (!current.getIssuerX500Principal().equals(current.getSubjectX500Principal())) {
            X509Certificate issuer = null;
            for (X509Certificate candidate : candidates) {
                if (candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal())
                        && !chain.contains(candidate)) {
                    issuer = candidate;
                    break;
                }
            }
            if (issuer == null) {
                break;
            }
            chain.add(issuer);
            current = issuer;
        }
        return chain;
    }
}
