/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import com.sun.jna.NativeLong;
import org.vnsign.token.DigestAlgorithm;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.SignatureAlgorithm;
import org.vnsign.token.TokenException;
import org.vnsign.token.pkcs11.jna.Ck;
import org.vnsign.token.pkcs11.jna.CkStructures.CkMechanism;
import org.vnsign.token.pkcs11.jna.CkStructures.CkRsaPkcsPssParams;

/**
 * The PKCS#11 mechanism that signs a precomputed digest: CKM_RSA_PKCS over a DigestInfo,
 * CKM_RSA_PKCS_PSS with MGF1 and a digest-length salt, or CKM_ECDSA over the bare digest.
 *
 * @param algorithm what was asked for
 * @param structure the CK_MECHANISM to pass to C_SignInit
 * @param pssParameters keeps the PSS parameters reachable while the mechanism is in use
 */
record SignMechanism(SignatureAlgorithm algorithm, CkMechanism structure, CkRsaPkcsPssParams pssParameters) {

    static SignMechanism of(SignatureAlgorithm algorithm, long keyType) throws TokenException {
        boolean rsa = keyType == Ck.CKK_RSA;
        boolean ec = keyType == Ck.CKK_EC;
        CkMechanism mechanism = new CkMechanism();
        CkRsaPkcsPssParams pss = null;
        switch (algorithm.scheme()) {
            case RSA_PKCS1 -> {
                requireKey(rsa, algorithm, keyType);
                mechanism.mechanism = new NativeLong(Ck.CKM_RSA_PKCS);
            }
            case RSA_PSS -> {
                requireKey(rsa, algorithm, keyType);
                pss = new CkRsaPkcsPssParams();
                pss.hashAlg = new NativeLong(hashMechanism(algorithm.digest()));
                pss.mgf = new NativeLong(mgf(algorithm.digest()));
                pss.sLen = new NativeLong(algorithm.digest().length());
                pss.write();
                mechanism.mechanism = new NativeLong(Ck.CKM_RSA_PKCS_PSS);
                mechanism.pParameter = pss.getPointer();
                mechanism.ulParameterLen = new NativeLong(pss.size());
            }
            case ECDSA -> {
                requireKey(ec, algorithm, keyType);
                mechanism.mechanism = new NativeLong(Ck.CKM_ECDSA);
            }
        }
        if (mechanism.ulParameterLen == null) {
            mechanism.ulParameterLen = new NativeLong(0);
        }
        return new SignMechanism(algorithm, mechanism, pss);
    }

    /** The bytes given to C_Sign for {@code digest}. */
    byte[] input(byte[] digest) {
        return switch (algorithm.scheme()) {
            case RSA_PKCS1 -> algorithm.digest().digestInfo(digest);
            case RSA_PSS, ECDSA -> digest.clone();
        };
    }

    private static void requireKey(boolean matches, SignatureAlgorithm algorithm, long keyType) throws TokenException {
        if (!matches) {
            throw new TokenException(
                    ErrorCode.MECHANISM_UNSUPPORTED,
                    algorithm.scheme() + " needs another key type than CKK " + keyType);
        }
    }

    private static long hashMechanism(DigestAlgorithm digest) {
        return switch (digest) {
            case SHA256 -> Ck.CKM_SHA256;
            case SHA384 -> Ck.CKM_SHA384;
            case SHA512 -> Ck.CKM_SHA512;
        };
    }

    private static long mgf(DigestAlgorithm digest) {
        return switch (digest) {
            case SHA256 -> Ck.CKG_MGF1_SHA256;
            case SHA384 -> Ck.CKG_MGF1_SHA384;
            case SHA512 -> Ck.CKG_MGF1_SHA512;
        };
    }
}
