/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Who signs and how: the certificate chain to embed (signer first, then its issuers, root optional),
 * the mechanism and the digest.
 */
public record SignerIdentity(List<X509Certificate> chain, SignatureMechanism mechanism, HashAlgorithm hash) {
    public SignerIdentity {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the chain needs at least the signer's certificate");
        }
    }

    /** The signer's certificate with the usual mechanism for its key and SHA-256. */
    public static SignerIdentity of(List<X509Certificate> chain) throws SignerException {
        return new SignerIdentity(
                chain, SignatureMechanism.defaultFor(chain.get(0).getPublicKey()), HashAlgorithm.SHA256);
    }

    public X509Certificate signer() {
        return chain.get(0);
    }
}
