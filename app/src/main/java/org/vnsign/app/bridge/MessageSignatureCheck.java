/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;
import org.vnsign.token.DigestAlgorithm;

/**
 * The cryptographic half of VGCA's VerifyMsg ({@code {Base64Content, Signature}}, with {@code
 * CertBase64} and {@code HashAlg} when the signature is a bare PKCS#1 value): whether the signature
 * matches the content and which certificate made it. Whether that certificate is trusted, valid and
 * not revoked is the pre-signing check's job, done by the desk afterwards.
 */
final class MessageSignatureCheck {
    /** What the signature alone shows: intact or not, with the signer's certificates, or why it could not be read. */
    record Result(boolean intact, List<X509Certificate> chain, String problem) {
        Result {
            chain = List.copyOf(chain);
        }
    }

    private MessageSignatureCheck() {}

    static Result check(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("VerifyMsg needs {Base64Content, Signature}");
        }
        byte[] content = VgcaMessages.base64(body.path("Base64Content").asText(""), "Base64Content");
        byte[] signature = VgcaMessages.base64(body.path("Signature").asText(""), "Signature");
        if (signature.length == 0) {
            throw new IllegalArgumentException("VerifyMsg needs a Signature");
        }
        String certificate = body.path("CertBase64").asText("");
        if (!certificate.isBlank()) {
            return raw(content, signature, certificate(VgcaMessages.base64(certificate, "CertBase64")), body);
        }
        return cms(content, signature);
    }

    /** A CMS SignedData, detached over the content or holding it; the signer's certificate inside. */
    private static Result cms(byte[] content, byte[] signature) {
        try {
            CMSSignedData signed = content.length > 0
                    ? new CMSSignedData(new CMSProcessableByteArray(content), signature)
                    : new CMSSignedData(signature);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Result(false, List.of(), "the CMS holds " + signers.size() + " signatures, not one");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Selector<X509CertificateHolder> selector = (Selector<X509CertificateHolder>) (Selector<?>) signer.getSID();
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(selector);
            if (matches.isEmpty()) {
                return new Result(false, List.of(), "the signer's certificate is not in the CMS");
            }
            X509Certificate leaf = new JcaX509CertificateConverter()
                    .getCertificate(matches.iterator().next());
            List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
            for (X509CertificateHolder other : signed.getCertificates().getMatches(null)) {
                X509Certificate more = new JcaX509CertificateConverter().getCertificate(other);
                if (!more.equals(leaf)) {
                    chain.add(more);
                }
            }
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(leaf));
            return new Result(intact, chain, intact ? "" : "the signature does not match the content");
        } catch (CMSException | RuntimeException e) {
            // Bouncy Castle reports some malformed ASN.1 as runtime exceptions: the same verdict.
            return new Result(false, List.of(), "the signature is not a CMS SignedData over the content");
        } catch (CertificateException | OperatorCreationException e) {
            return new Result(false, List.of(), "the signer's certificate cannot be read");
        }
    }

    /** A bare signature value (PKCS#1 v1.5, or DER ECDSA) over the content, with its certificate. */
    private static Result raw(byte[] content, byte[] signature, X509Certificate certificate, JsonNode body) {
        DigestAlgorithm digest = VgcaMessages.algorithm(body.path("HashAlg").asText("SHA256"));
        String hash = digest.jcaName().replace("-", "");
        String name = certificate.getPublicKey().getAlgorithm().equals("EC") ? hash + "withECDSA" : hash + "withRSA";
        try {
            Signature verifier = Signature.getInstance(name);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(content);
            boolean intact = verifier.verify(signature);
            return new Result(intact, List.of(certificate), intact ? "" : "the signature does not match the content");
        } catch (GeneralSecurityException e) {
            return new Result(false, List.of(certificate), "the signature cannot be checked: " + e.getMessage());
        }
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("CertBase64 is not a certificate");
        }
    }
}
