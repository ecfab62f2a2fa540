/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/** Checks a signature value made over a digest with the certificate's public key, through the JDK alone. */
public final class SignatureVerification {
    private SignatureVerification() {}

    public static byte[] digest(DigestAlgorithm algorithm, byte[] message) throws GeneralSecurityException {
        return MessageDigest.getInstance(algorithm.jcaName()).digest(message);
    }

    public static boolean verifies(
            X509Certificate certificate, SignatureAlgorithm algorithm, byte[] message, byte[] signature)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(algorithm.jcaVerificationName());
        if (algorithm.scheme() == SignatureScheme.RSA_PSS) {
            String hash = algorithm.digest().jcaName();
            verifier.setParameter(new PSSParameterSpec(
                    hash,
                    "MGF1",
                    new MGF1ParameterSpec(hash),
                    algorithm.digest().length(),
                    1));
        }
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(message);
        return verifier.verify(signature);
    }
}
