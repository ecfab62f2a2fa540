/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;

/**
 * Signs digests with a private key in memory, the way a token does (raw RSA over a DigestInfo, raw
 * PSS, ECDSA over the digest). For signer-core's own tests; the app's tests sign on SoftHSM2.
 */
public final class KeyPairValueSource implements SignatureValueSource {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final PrivateKey key;
    private int calls;

    public KeyPairValueSource(PrivateKey key) {
        this.key = key;
    }

    /** How many times a value was asked for: one per signed file. */
    public int calls() {
        return calls;
    }

    @Override
    public byte[] sign(SignatureMechanism mechanism, HashAlgorithm hash, byte[] digest) throws SignatureValueException {
        calls++;
        try {
            Signature signature =
                    switch (mechanism) {
                        case RSA_PKCS1 -> Signature.getInstance("NONEwithRSA");
                        case RSA_PSS -> Signature.getInstance("NONEwithRSASSA-PSS", BC);
                        case ECDSA -> Signature.getInstance("NONEwithECDSA");
                    };
            if (mechanism == SignatureMechanism.RSA_PSS) {
                String name = hash.jcaName();
                signature.setParameter(new java.security.spec.PSSParameterSpec(
                        name, "MGF1", new java.security.spec.MGF1ParameterSpec(name), hash.length(), 1));
            }
            signature.initSign(key);
            signature.update(mechanism == SignatureMechanism.RSA_PKCS1 ? digestInfo(hash, digest) : digest);
            return signature.sign();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new SignatureValueException("test key failed", e);
        }
    }

    private static byte[] digestInfo(HashAlgorithm hash, byte[] digest) throws java.io.IOException {
        AlgorithmIdentifier found = new DefaultDigestAlgorithmIdentifierFinder().find(hash.jcaName());
        // RFC 8017 §9.2: the parameters are NULL, not absent; strict verifiers (NSS, OpenSSL) insist.
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(found.getAlgorithm(), DERNull.INSTANCE);
        return new DigestInfo(algorithm, digest).getEncoded();
    }
}
