/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/**
 * What the pre-signing check works from.
 *
 * @param chain the signer's certificate first, then every certificate the key source holds (a
 *     token's CA certificates, a PKCS#12 file's chain); often only the signer's own
 * @param elsewhere other certificates that may complete the chain: the operating system's stores,
 *     the intermediates VNSign ships. Issuers still missing are fetched from the certificates' AIA
 *     caIssuers URLs (and cached) when the network allows
 * @param anchors the roots a path must reach: the Vietnamese ones and those the user added
 * @param online whether revocation servers and AIA URLs may be asked
 * @param revocationRequired whether a status that cannot be established stops signing (B-T and up,
 *     whose long-term stages need it anyway); for B-B the result says "not checked" instead
 */
public record SignerCheckRequest(
        List<X509Certificate> chain,
        Collection<X509Certificate> elsewhere,
        TrustAnchors anchors,
        boolean online,
        boolean revocationRequired) {
    public SignerCheckRequest {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the chain starts with the signer's certificate");
        }
        chain = List.copyOf(chain);
        elsewhere = List.copyOf(elsewhere);
    }

    /** The certificate whose key signs. */
    public X509Certificate signer() {
        return chain.get(0);
    }
}
