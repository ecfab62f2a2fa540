/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.pki.Crypto;
import org.vnsign.signer.verify.SubIndication;

/**
 * The cryptographic check of one signature value against one candidate key, and what a failure
 * means: a changed byte (HASH_FAILURE), a value that does not verify (SIG_CRYPTO_FAILURE), or an
 * algorithm VNSign cannot compute (CRYPTO_CONSTRAINTS_FAILURE, never "forged").
 */
final class SignatureValues {
    private static final Logger LOG = LoggerFactory.getLogger(SignatureValues.class);
    /** The verifier's one Bouncy Castle provider ({@link Crypto}). */
    static final java.security.Provider PROVIDER = Crypto.BOUNCY_CASTLE;

    private SignatureValues() {}

    /** The signature value checked with {@code candidate}'s key: the facts, failing if it does not hold. */
    static CmsFacts verified(SignerInformation signer, CmsFacts facts, X509Certificate candidate) {
        if (pssWithOtherMaskHash(signer)) {
            return facts.failing(
                    SubIndication.SIG_CRYPTO_FAILURE,
                    "RSASSA-PSS whose MGF1 hash is not its message hash, which ISO 32002 does not allow");
        }
        try {
            // Built from the key, not the certificate: with a certificate Bouncy Castle also refuses a
            // signing time outside its validity ("verifier not valid at signingTime"), a question of
            // time that the judge answers by ETSI's rules, not a broken signature value.
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(PROVIDER)
                    .build(candidate.getPublicKey()));
            return valid
                    ? facts
                    : facts.failing(SubIndication.SIG_CRYPTO_FAILURE, "the signature value does not verify");
        } catch (CMSSignerDigestMismatchException e) {
            LOG.debug("The signed bytes do not match the signed digest: HASH_FAILURE", e);
            return facts.failing(SubIndication.HASH_FAILURE, "the signed bytes do not match the signed digest");
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            LOG.debug("The signature value cannot be checked (unsupported algorithm or broken value)", e);
            if (unsupported(e)) {
                // An algorithm VNSign cannot compute proves nothing either way: never "forged".
                return facts.failing(
                        SubIndication.CRYPTO_CONSTRAINTS_FAILURE,
                        "VNSign cannot check the algorithm " + facts.signatureAlgorithm() + ": " + e.getMessage());
            }
            return facts.failing(
                    SubIndication.SIG_CRYPTO_FAILURE, "the signature value does not verify: " + e.getMessage());
        }
    }

    /**
     * RSASSA-PSS parameters whose mask generation hashes with another function than the message
     * (ISO 32002 requires the same one; iText and EU DSS reject such a signature too).
     */
    private static boolean pssWithOtherMaskHash(SignerInformation signer) {
        if (!org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_RSASSA_PSS
                .getId()
                .equals(signer.getEncryptionAlgOID())) {
            return false;
        }
        try {
            org.bouncycastle.asn1.pkcs.RSASSAPSSparams parameters =
                    org.bouncycastle.asn1.pkcs.RSASSAPSSparams.getInstance(signer.getEncryptionAlgParams());
            org.bouncycastle.asn1.x509.AlgorithmIdentifier mask =
                    org.bouncycastle.asn1.x509.AlgorithmIdentifier.getInstance(
                            parameters.getMaskGenAlgorithm().getParameters());
            return !mask.getAlgorithm().equals(parameters.getHashAlgorithm().getAlgorithm());
        } catch (RuntimeException e) {
            LOG.debug("The PSS parameters are unreadable; no MGF1 mismatch is claimed", e);
            return false;
        }
    }

    /** Whether {@code failure} says an algorithm is unknown, rather than that a value is wrong. */
    private static boolean unsupported(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OperatorCreationException
                    || cause instanceof java.security.NoSuchAlgorithmException
                    || cause instanceof java.security.InvalidAlgorithmParameterException) {
                return true;
            }
            // Bouncy Castle's algorithm finder says so with this exception and message.
            if (cause instanceof IllegalArgumentException
                    && String.valueOf(cause.getMessage()).startsWith("Unknown signature type")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the SignedData as stored holds content of its own (read from the parsed structure, not again). */
    static boolean encapsulatesContent(CMSSignedData cms) {
        try {
            return org.bouncycastle.asn1.cms.SignedData.getInstance(
                                    cms.toASN1Structure().getContent())
                            .getEncapContentInfo()
                            .getContent()
                    != null;
        } catch (RuntimeException e) {
            LOG.debug("The SignedData structure is unreadable; taken as holding no content", e);
            return false;
        }
    }

    static List<X509Certificate> concat(List<X509Certificate> first, List<X509Certificate> second) {
        List<X509Certificate> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
