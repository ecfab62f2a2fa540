/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SignerIdentity;

/**
 * The bytes to reserve for the CMS container, counted from what goes in it: the certificates as
 * encoded, the signature value for the key's size, the issuer name and serial twice (signer
 * identifier and signing-certificate-v2) and the digests, plus a fixed allowance for the ASN.1
 * structure. Later levels add the time-stamp token and revocation data they fetched.
 */
final class SignatureSpace {
    /** SignedData, SignerInfo and attribute headers and algorithm identifiers, with room to spare. */
    static final int STRUCTURE_ALLOWANCE = 640;

    private SignatureSpace() {}

    static int forIdentity(SignerIdentity identity) throws SignerException {
        int size = STRUCTURE_ALLOWANCE;
        try {
            for (X509Certificate certificate : identity.chain()) {
                size += certificate.getEncoded().length;
            }
        } catch (CertificateEncodingException e) {
            throw new SignerException(SignerError.KEY_UNSUPPORTED, "a certificate of the chain cannot be encoded", e);
        }
        X509Certificate signer = identity.signer();
        int issuerAndSerial = signer.getIssuerX500Principal().getEncoded().length
                + signer.getSerialNumber().toByteArray().length;
        size += 2 * issuerAndSerial;
        size += 3 * identity.hash().length();
        size += signatureValueLength(signer);
        return size;
    }

    private static int signatureValueLength(X509Certificate signer) throws SignerException {
        if (signer.getPublicKey() instanceof RSAPublicKey rsa) {
            return (rsa.getModulus().bitLength() + 7) / 8;
        }
        if (signer.getPublicKey() instanceof ECPublicKey ec) {
            int half = (ec.getParams().getOrder().bitLength() + 7) / 8;
            return 2 * (half + 1) + 8;
        }
        throw new SignerException(
                SignerError.KEY_UNSUPPORTED,
                "unsupported key algorithm " + signer.getPublicKey().getAlgorithm());
    }
}
