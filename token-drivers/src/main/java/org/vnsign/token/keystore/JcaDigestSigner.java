/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.keystore;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;
import javax.crypto.Cipher;
import org.vnsign.token.DigestAlgorithm;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.SignatureAlgorithm;
import org.vnsign.token.TokenException;

/**
 * Signs a precomputed digest with a JCA private key, giving the same value formats as the PKCS#11
 * driver. The JDK has "NONE" signatures for PKCS#1 v1.5 and ECDSA but none for PSS, so PSS is the
 * EMSA-PSS encoding of RFC 8017 §9.1.1 followed by a raw RSA private-key operation. Keys of the
 * Windows store (SunMSCAPI) allow neither raw RSA nor ECDSA over a digest: those are refused with
 * MECHANISM_UNSUPPORTED, and PKCS#1 v1.5 follows SunMSCAPI's own input rule.
 */
public final class JcaDigestSigner {
    private static final SecureRandom RANDOM = new SecureRandom();

    private JcaDigestSigner() {}

    /** Signs {@code digest}; {@code modulusBits} (from the certificate) is used for PSS only. */
    public static byte[] sign(PrivateKey key, SignatureAlgorithm algorithm, byte[] digest, int modulusBits)
            throws TokenException {
        try {
            return switch (algorithm.scheme()) {
                case RSA_PKCS1 -> pkcs1(key, algorithm.digest(), digest);
                case ECDSA -> raw(key, "NONEwithECDSAinP1363Format", digest);
                case RSA_PSS -> rawRsa(key, emsaPssEncode(algorithm.digest(), digest, modulusBits - 1), modulusBits);
            };
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new TokenException(
                    ErrorCode.MECHANISM_UNSUPPORTED,
                    algorithm + " with " + key.getAlgorithm() + ": " + e.getMessage(),
                    e);
        } catch (GeneralSecurityException e) {
            throw new TokenException(ErrorCode.TOKEN_FAILURE, algorithm + ": " + e.getMessage(), e);
        }
    }

    /**
     * PKCS#1 v1.5 over a digest. Providers disagree on what "NONEwithRSA" signs: the JDK's and
     * PKCS#11's sign exactly the bytes given (so they get the DigestInfo), while SunMSCAPI, whose
     * CryptoAPI signs a hash object, takes the bare hash (16, 20, 32, 36, 48 or 64 bytes), infers the
     * algorithm from its length and builds the DigestInfo itself; handed a DigestInfo it refuses
     * with "Message digest length is not supported". The provider is known only once the key has
     * chosen it, so the input is decided after {@code initSign}.
     */
    static byte[] pkcs1(PrivateKey key, DigestAlgorithm digestAlgorithm, byte[] digest)
            throws GeneralSecurityException {
        Signature signature = Signature.getInstance("NONEwithRSA");
        signature.initSign(key);
        signature.update(takesBareHash(signature.getProvider()) ? digest : digestAlgorithm.digestInfo(digest));
        return signature.sign();
    }

    /** SunMSCAPI's contract (and that of a test provider that enforces it under the same name). */
    static boolean takesBareHash(Provider provider) {
        return provider != null && provider.getName().startsWith("SunMSCAPI");
    }

    private static byte[] raw(PrivateKey key, String algorithm, byte[] input) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        signature.update(input);
        return signature.sign();
    }

    private static byte[] rawRsa(PrivateKey key, byte[] encoded, int modulusBits) throws GeneralSecurityException {
        int k = (modulusBits + 7) / 8;
        byte[] block = new byte[k];
        System.arraycopy(encoded, 0, block, k - encoded.length, encoded.length);
        Cipher cipher = Cipher.getInstance("RSA/ECB/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(block);
    }

    static byte[] emsaPssEncode(DigestAlgorithm digestAlgorithm, byte[] mHash, int emBits)
            throws NoSuchAlgorithmException {
        MessageDigest hash = MessageDigest.getInstance(digestAlgorithm.jcaName());
        int hLen = digestAlgorithm.length();
        int sLen = hLen;
        int emLen = (emBits + 7) / 8;
        if (emLen < hLen + sLen + 2) {
            throw new NoSuchAlgorithmException("RSA key too small for PSS with " + digestAlgorithm);
        }
        byte[] salt = new byte[sLen];
        RANDOM.nextBytes(salt);
        hash.update(new byte[8]);
        hash.update(mHash);
        byte[] h = hash.digest(salt);
        byte[] db = new byte[emLen - hLen - 1];
        db[db.length - sLen - 1] = 0x01;
        System.arraycopy(salt, 0, db, db.length - sLen, sLen);
        byte[] mask = mgf1(hash, h, db.length);
        for (int i = 0; i < db.length; i++) {
            db[i] ^= mask[i];
        }
        db[0] &= (byte) (0xFF >>> (8 * emLen - emBits));
        byte[] em = Arrays.copyOf(db, emLen);
        System.arraycopy(h, 0, em, db.length, hLen);
        em[emLen - 1] = (byte) 0xBC;
        return em;
    }

    private static byte[] mgf1(MessageDigest hash, byte[] seed, int length) {
        byte[] mask = new byte[length];
        int offset = 0;
        for (int counter = 0; offset < length; counter++) {
            hash.update(seed);
            hash.update(
                    new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter
                    });
            byte[] block = hash.digest();
            int n = Math.min(block.length, length - offset);
            System.arraycopy(block, 0, mask, offset, n);
            offset += n;
        }
        return mask;
    }
}
