/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

/** How the private key turns a digest into a signature value. */
public enum SignatureScheme {
    /** RSASSA-PKCS1-v1_5 over a DER DigestInfo. */
    RSA_PKCS1,
    /** RSASSA-PSS with MGF1 over the same digest and a salt as long as the digest. */
    RSA_PSS,
    /** ECDSA; the value is returned as {@code r || s} (IEEE P1363), as PKCS#11 produces it. */
    ECDSA
}
