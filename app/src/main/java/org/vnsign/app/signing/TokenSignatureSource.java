/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import org.vnsign.signer.HashAlgorithm;
import org.vnsign.signer.SignatureMechanism;
import org.vnsign.signer.SignatureValueException;
import org.vnsign.signer.SignatureValueSource;
import org.vnsign.token.DigestAlgorithm;
import org.vnsign.token.KeyHandle;
import org.vnsign.token.PinCallback;
import org.vnsign.token.SignatureAlgorithm;
import org.vnsign.token.SignatureScheme;
import org.vnsign.token.Token;
import org.vnsign.token.TokenException;

/**
 * The one adapter between signer-core and token-drivers (docs/decisions/0001): signer-core's
 * digest goes to the token's key, the token's value comes back. A token failure travels as the
 * cause of the {@link SignatureValueException}, so the caller still sees the token's error code.
 */
public final class TokenSignatureSource implements SignatureValueSource {
    private final Token token;
    private final KeyHandle key;
    private final PinCallback pins;

    /**
     * @param pins asked only by keys that need the PIN for every signature; never retried here
     */
    public TokenSignatureSource(Token token, KeyHandle key, PinCallback pins) {
        this.token = token;
        this.key = key;
        this.pins = pins;
    }

    @Override
    public byte[] sign(SignatureMechanism mechanism, HashAlgorithm hash, byte[] digest) throws SignatureValueException {
        try {
            return token.signDigest(key, new SignatureAlgorithm(scheme(mechanism), digest(hash)), digest, pins);
        } catch (TokenException e) {
            throw new SignatureValueException("the token did not sign: " + e.code(), e);
        }
    }

    static SignatureScheme scheme(SignatureMechanism mechanism) {
        return switch (mechanism) {
            case RSA_PKCS1 -> SignatureScheme.RSA_PKCS1;
            case RSA_PSS -> SignatureScheme.RSA_PSS;
            case ECDSA -> SignatureScheme.ECDSA;
        };
    }

    static DigestAlgorithm digest(HashAlgorithm hash) {
        return switch (hash) {
            case SHA256 -> DigestAlgorithm.SHA256;
            case SHA384 -> DigestAlgorithm.SHA384;
            case SHA512 -> DigestAlgorithm.SHA512;
        };
    }
}
