/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ISignatureMechanismParams;
import com.itextpdf.signatures.RSASSAPSSMechanismParams;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.vnsign.signer.SignatureMechanism;
import org.vnsign.signer.SignatureValueException;
import org.vnsign.signer.SignatureValueSource;
import org.vnsign.signer.SignerIdentity;

/**
 * iText's external signature over VNSign's {@link SignatureValueSource}: hashes the signed
 * attributes, asks the source for the value, DER-encodes an ECDSA {@code r || s} value, and checks
 * the value against the certificate before it goes into the file, so a wrong key or a faulty token
 * never yields a broken signature.
 */
final class ValueSourceSignature implements IExternalSignature {
    private final SignerIdentity identity;
    private final SignatureValueSource source;

    ValueSourceSignature(SignerIdentity identity, SignatureValueSource source) {
        this.identity = identity;
        this.source = source;
    }

    /** Carries the source's failure through iText's {@code GeneralSecurityException} signature. */
    static final class SourceFailure extends GeneralSecurityException {
        private static final long serialVersionUID = 1L;

        SourceFailure(SignatureValueException cause) {
            super(cause.getMessage(), cause);
        }

        SignatureValueException sourceException() {
            return (SignatureValueException) getCause();
        }
    }

    /** The value did not verify with the certificate's public key. */
    static final class InvalidValue extends GeneralSecurityException {
        private static final long serialVersionUID = 1L;

        InvalidValue(String message) {
            super(message);
        }
    }

    @Override
    public String getDigestAlgorithmName() {
        return identity.hash().jcaName();
    }

    @Override
    public String getSignatureAlgorithmName() {
        return switch (identity.mechanism()) {
            case RSA_PKCS1 -> "RSA";
            case RSA_PSS -> "RSASSA-PSS";
            case ECDSA -> "ECDSA";
        };
    }

    @Override
    public ISignatureMechanismParams getSignatureMechanismParameters() {
        return switch (identity.mechanism()) {
            case RSA_PSS ->
                RSASSAPSSMechanismParams.createForDigestAlgorithm(
                        identity.hash().jcaName());
            case RSA_PKCS1, ECDSA -> null;
        };
    }

    @Override
    public byte[] sign(byte[] message) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance(identity.hash().jcaName()).digest(message);
        byte[] value;
        try {
            value = source.sign(identity.mechanism(), identity.hash(), digest);
        } catch (SignatureValueException e) {
            throw new SourceFailure(e);
        }
        byte[] encoded = identity.mechanism() == SignatureMechanism.ECDSA ? ecdsaDer(value) : value;
        if (!verifies(message, encoded)) {
            throw new InvalidValue("the signature value does not verify with the certificate's public key");
        }
        return encoded;
    }

    private boolean verifies(byte[] message, byte[] value) throws GeneralSecurityException {
        String hash = identity.hash().jcaName().replace("-", "");
        Signature verifier =
                switch (identity.mechanism()) {
                    case RSA_PKCS1 -> Signature.getInstance(hash + "withRSA");
                    case ECDSA -> Signature.getInstance(hash + "withECDSA");
                    case RSA_PSS -> {
                        Signature pss = Signature.getInstance("RSASSA-PSS");
                        String name = identity.hash().jcaName();
                        pss.setParameter(new PSSParameterSpec(
                                name,
                                "MGF1",
                                new MGF1ParameterSpec(name),
                                identity.hash().length(),
                                1));
                        yield pss;
                    }
                };
        verifier.initVerify(identity.signer().getPublicKey());
        verifier.update(message);
        try {
            return verifier.verify(value);
        } catch (SignatureException e) {
            return false;
        }
    }

    /** A PKCS#11 ECDSA value is {@code r || s}; CMS wants the DER sequence of two integers. */
    private byte[] ecdsaDer(byte[] value) throws GeneralSecurityException {
        int half = (((ECPublicKey) identity.signer().getPublicKey())
                                .getParams()
                                .getOrder()
                                .bitLength()
                        + 7)
                / 8;
        if (value.length != 2 * half) {
            return value;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(value, 0, half));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(value, half, value.length));
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)}).getEncoded();
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot encode the ECDSA value", e);
        }
    }
}
