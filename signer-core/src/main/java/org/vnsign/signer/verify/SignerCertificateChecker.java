/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import org.vnsign.signer.SignerException;

/**
 * The check Circular 15/2025/TT-BKHCN asks of signing software before it lets a person sign: the
 * signer's certificate is inside its validity period, allows signing, is strong enough, chains to a
 * trusted anchor, and (when the network allows) is not revoked. It also completes the chain the
 * signature will carry, so that a token holding only its own certificate still gives a signature
 * anyone can verify offline.
 */
public interface SignerCertificateChecker {
    /**
     * Checks the signer before any signing operation.
     *
     * @return the completed chain and what the check could establish (revocation may be unchecked)
     * @throws SignerException with CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID,
     *     CERTIFICATE_NOT_FOR_SIGNING, KEY_TOO_WEAK, CERTIFICATE_UNTRUSTED, CERTIFICATE_REVOKED, or
     *     REVOCATION_UNAVAILABLE (only when the request requires revocation): signing must not go on
     */
    SignerCheck check(SignerCheckRequest request) throws SignerException;
}
