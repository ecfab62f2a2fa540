/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/** How the key turns a digest into a signature value. */
public enum SignatureMechanism {
    /** RSASSA-PKCS1-v1_5: what every Vietnamese CA token does and every validator accepts. */
    RSA_PKCS1,
    /** RSASSA-PSS, MGF1 with the same digest, salt as long as the digest. */
    RSA_PSS,
    /** ECDSA; the source may return the value as {@code r || s} or DER, signer-core writes DER. */
    ECDSA;

    /** The usual mechanism for a key: PKCS#1 v1.5 for RSA, ECDSA for EC keys. */
    public static SignatureMechanism defaultFor(PublicKey key) throws SignerException {
        if (key instanceof RSAPublicKey) {
            return RSA_PKCS1;
        }
        if (key instanceof ECPublicKey) {
            return ECDSA;
        }
        throw new SignerException(SignerError.KEY_UNSUPPORTED, "unsupported key algorithm " + key.getAlgorithm());
    }

    /** Whether a key of this type can use the mechanism. */
    public boolean fits(PublicKey key) {
        return switch (this) {
            case RSA_PKCS1, RSA_PSS -> key instanceof RSAPublicKey;
            case ECDSA -> key instanceof ECPublicKey;
        };
    }
}
