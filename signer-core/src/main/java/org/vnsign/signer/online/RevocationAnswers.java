/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Reading and checking CRLs and OCSP answers, whether they were just fetched or found in a signed
 * file: who may sign them, and what a CRL says about one certificate. How old an answer may be is
 * the caller's judgement (a signer wants a current one, a verifier one newer than a time-stamp).
 */
public final class RevocationAnswers {
    private RevocationAnswers() {}

    /** A complete OCSPResponse (as the DSS holds it) or a bare BasicOCSPResponse (as the cache does). */
    public static Optional<BasicOCSPResp> basic(byte[] bytes) {
        try {
            BasicOCSPResponse basic;
            try {
                basic = BasicOCSPResponse.getInstance(OCSPResponse.getInstance(bytes)
                        .getResponseBytes()
                        .getResponse()
                        .getOctets());
            } catch (RuntimeException notWrapped) {
                basic = BasicOCSPResponse.getInstance(bytes);
            }
            return Optional.of(new BasicOCSPResp(basic));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<X509CRL> parseCrl(byte[] bytes) {
        try {
            return Optional.of(
                    (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes)));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Who signed an OCSP answer about certificates {@code issuer} issued: the issuer itself (no
     * extra certificate), or a responder the issuer authorised (EKU OCSPSigning) that was valid
     * {@code at}; empty when neither.
     */
    public static Optional<List<X509Certificate>> ocspSigners(BasicOCSPResp basic, X509Certificate issuer, Date at) {
        if (signedBy(basic, issuer)) {
            return Optional.of(List.of());
        }
        for (X509Certificate responder : certificates(basic.getCerts())) {
            try {
                List<String> purposes = responder.getExtendedKeyUsage();
                responder.checkValidity(at);
                if (IssuerFinder.issues(issuer, responder)
                        && purposes != null
                        && purposes.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                        && signedBy(basic, responder)) {
                    return Optional.of(List.of(responder));
                }
            } catch (GeneralSecurityException e) {
                // Not a responder the issuer vouches for at that time.
            }
        }
        return Optional.empty();
    }

    /**
     * What a CRL says about {@code certificate}, if it is {@code issuer}'s CRL and its signature
     * verifies with the issuer's key; {@code encoded} is kept as the evidence's bytes.
     */
    public static Optional<Evidence> crlEvidence(
            X509CRL crl, byte[] encoded, X509Certificate certificate, X509Certificate issuer) {
        if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
            return Optional.empty();
        }
        try {
            crl.verify(issuer.getPublicKey());
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
        X509CRLEntry entry = crl.getRevokedCertificate(certificate.getSerialNumber());
        return Optional.of(new Evidence(
                Evidence.Kind.CRL,
                encoded,
                crl.getThisUpdate().toInstant(),
                Optional.ofNullable(crl.getNextUpdate()).map(Date::toInstant),
                entry == null
                        ? Optional.empty()
                        : Optional.of(entry.getRevocationDate().toInstant()),
                List.of()));
    }

    /** The certificates an OCSP answer carries (its responder's), the unreadable ones left out. */
    public static List<X509Certificate> certificates(X509CertificateHolder[] holders) {
        List<X509Certificate> all = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : holders) {
            try {
                all.add(converter.getCertificate(holder));
            } catch (GeneralSecurityException e) {
                // Cannot be a responder.
            }
        }
        return all;
    }

    private static boolean signedBy(BasicOCSPResp basic, X509Certificate signer) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(signer));
        } catch (OperatorCreationException | OCSPException | RuntimeException e) {
            return false;
        }
    }
}
