/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

/**
 * A signature scheme with its digest.
 *
 * @param scheme how the key signs
 * @param digest which digest the caller computed
 */
public record SignatureAlgorithm(SignatureScheme scheme, DigestAlgorithm digest) {
    /** The JCA name of the equivalent message signature, for verifying a value with a public key. */
    public String jcaVerificationName() {
        String hash = digest.name();
        return switch (scheme) {
            case RSA_PKCS1 -> hash + "withRSA";
            case RSA_PSS -> "RSASSA-PSS";
            case ECDSA -> hash + "withECDSAinP1363Format";
        };
    }
}
