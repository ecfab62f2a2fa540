/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.vnsign.signer.online.Evidence;

/**
 * The revocation data a file carries (DSS, VRI, the CMS's own), parsed once and searched per
 * certificate. Only data signed by the certificate's issuer, or by an OCSP responder that issuer
 * authorised, counts; an answer's age is judged by the caller, who knows the time to prove.
 */
public final class RevocationPool {
    private final List<X509CRL> crls = new ArrayList<>();
    private final List<BasicOCSPResp> ocsps = new ArrayList<>();

    /** Parses CRLs and OCSP answers (complete OCSPResponses or bare BasicOCSPResponses); unreadable ones are skipped. */
    public RevocationPool(Collection<byte[]> encodedCrls, Collection<byte[]> encodedOcsps) {
        add(encodedCrls, encodedOcsps);
    }

    /** Adds more data: what the signature's own CMS carries. */
    public RevocationPool add(Collection<byte[]> encodedCrls, Collection<byte[]> encodedOcsps) {
        for (byte[] bytes : encodedCrls) {
            try {
                crls.add(
                        (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes)));
            } catch (GeneralSecurityException | RuntimeException e) {
                // An unreadable CRL proves nothing.
            }
        }
        for (byte[] bytes : encodedOcsps) {
            basic(bytes).ifPresent(ocsps::add);
        }
        return this;
    }

    /** The certificates OCSP answers carry (their responders'), for building their paths. */
    public List<X509Certificate> responderCertificates() {
        List<X509Certificate> all = new ArrayList<>();
        for (BasicOCSPResp basic : ocsps) {
            all.addAll(converted(basic.getCerts()));
        }
        return all;
    }

    /**
     * Whether the data holds an answer for every certificate of the path below its anchor (those
     * that need none, OCSP responders with id-pkix-ocsp-nocheck, aside): what PAdES B-LT asks of
     * the DSS.
     */
    public boolean covers(CertificatePath path) {
        List<X509Certificate> chain = path.certificates();
        for (int i = 0; i < chain.size() - 1; i++) {
            if (!SignatureJudge.needsNoCheck(chain.get(i))
                    && about(chain.get(i), chain.get(i + 1)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** What the data says about {@code certificate}, issued by {@code issuer}. */
    public List<Evidence> about(X509Certificate certificate, X509Certificate issuer) {
        List<Evidence> found = new ArrayList<>();
        for (X509CRL crl : crls) {
            crlEvidence(crl, certificate, issuer).ifPresent(found::add);
        }
        for (BasicOCSPResp basic : ocsps) {
            ocspEvidence(basic, certificate, issuer).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Evidence> crlEvidence(X509CRL crl, X509Certificate certificate, X509Certificate issuer) {
        if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
            return Optional.empty();
        }
        try {
            crl.verify(issuer.getPublicKey());
            X509CRLEntry entry = crl.getRevokedCertificate(certificate.getSerialNumber());
            return Optional.of(new Evidence(
                    Evidence.Kind.CRL,
                    crl.getEncoded(),
                    crl.getThisUpdate().toInstant(),
                    Optional.ofNullable(crl.getNextUpdate()).map(Date::toInstant),
                    entry == null
                            ? Optional.empty()
                            : Optional.of(entry.getRevocationDate().toInstant()),
                    List.of()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Evidence> ocspEvidence(
            BasicOCSPResp basic, X509Certificate certificate, X509Certificate issuer) {
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (SingleResp single : basic.getResponses()) {
                if (single.getCertID().getSerialNumber().equals(certificate.getSerialNumber())
                        && single.getCertID().matchesIssuer(issuerHolder, digests)) {
                    Optional<List<X509Certificate>> signers = ocspSigners(basic, issuer);
                    if (signers.isEmpty()) {
                        return Optional.empty();
                    }
                    CertificateStatus status = single.getCertStatus();
                    Optional<Instant> revoked = status instanceof RevokedStatus r
                            ? Optional.of(r.getRevocationTime().toInstant())
                            : Optional.empty();
                    if (status != CertificateStatus.GOOD && revoked.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Evidence(
                            Evidence.Kind.OCSP,
                            basic.getEncoded(),
                            single.getThisUpdate().toInstant(),
                            Optional.ofNullable(single.getNextUpdate()).map(Date::toInstant),
                            revoked,
                            signers.get()));
                }
            }
        } catch (OperatorCreationException | OCSPException | IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The issuer itself (no extra certificate), or a responder the issuer authorised when the answer was produced. */
    private static Optional<List<X509Certificate>> ocspSigners(BasicOCSPResp basic, X509Certificate issuer) {
        if (signedBy(basic, issuer)) {
            return Optional.of(List.of());
        }
        for (X509Certificate responder : converted(basic.getCerts())) {
            List<String> purposes;
            try {
                purposes = responder.getExtendedKeyUsage();
                responder.checkValidity(basic.getProducedAt());
            } catch (GeneralSecurityException e) {
                continue;
            }
            if (CertificatePath.issued(issuer, responder)
                    && purposes != null
                    && purposes.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                    && signedBy(basic, responder)) {
                return Optional.of(List.of(responder));
            }
        }
        return Optional.empty();
    }

    private static boolean signedBy(BasicOCSPResp basic, X509Certificate signer) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(signer));
        } catch (OperatorCreationException | OCSPException | RuntimeException e) {
            return false;
        }
    }

    private static List<X509Certificate> converted(X509CertificateHolder[] holders) {
        List<X509Certificate> all = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : holders) {
            try {
                all.add(converter.getCertificate(holder));
            } catch (GeneralSecurityException e) {
                // Not usable as a responder.
            }
        }
        return all;
    }

    private static Optional<BasicOCSPResp> basic(byte[] bytes) {
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
}
