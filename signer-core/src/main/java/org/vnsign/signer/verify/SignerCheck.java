/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the pre-signing check established, for the signing result (JSON, the desktop's panel).
 *
 * @param chain the path to embed: the signer first, then each issuer up to the trust anchor
 * @param revocation what is known of the revocation status of the path
 * @param revocationDetail why the status is not known, in English for the log; empty otherwise
 * @param fetched issuers that came from the network (their AIA URL), for the result to name
 */
public record SignerCheck(
        List<X509Certificate> chain, Revocation revocation, String revocationDetail, List<String> fetched) {
    public SignerCheck {
        chain = List.copyOf(chain);
        fetched = List.copyOf(fetched);
    }

    /** The revocation status of the signer's path at signing time. */
    public enum Revocation {
        /** OCSP or a CRL said good for every certificate of the path that has a status. */
        GOOD,
        /** Offline or no server answered: B-B went ahead, and the result says so. */
        NOT_CHECKED,
        /** Not checked on purpose: the DEMO token, which no one else trusts anyway. */
        EXEMPT
    }

    /** The DEMO token's result: nothing checked, the chain as it is. */
    public static SignerCheck exempt(List<X509Certificate> chain) {
        return new SignerCheck(chain, Revocation.EXEMPT, "", List.of());
    }
}
