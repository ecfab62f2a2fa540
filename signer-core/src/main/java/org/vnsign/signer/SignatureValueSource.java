/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/**
 * The one thing signer-core needs from a key: the signature value over a digest it computed. This
 * is the middle step of the three-step flow (prepare and digest, sign, finish): signer-core never
 * sees a private key, so a token, a PKCS#12 file or a remote signer all fit behind it. The app holds
 * the adapter from a token to this interface.
 *
 * <p>signer-core calls it once per signed file, after every check on the document has passed, so a
 * PIN asked lazily inside it is never asked for a file that would be refused.
 */
@FunctionalInterface
public interface SignatureValueSource {
    /**
     * @param mechanism the mechanism of {@link SignerIdentity#mechanism()}
     * @param hash the digest algorithm the digest was made with
     * @param digest the digest of the DER-encoded signed attributes
     * @return PKCS#1 or PSS bytes for RSA; for ECDSA either {@code r || s} or a DER sequence
     * @throws SignatureValueException when the key refuses or fails; its cause tells why
     */
    byte[] sign(SignatureMechanism mechanism, HashAlgorithm hash, byte[] digest) throws SignatureValueException;
}
