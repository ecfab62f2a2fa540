/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pki;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.online.Evidence;
import org.vnsign.signer.online.RevocationAnswers;

/**
 * The revocation data a file carries (DSS, VRI, the CMS's own), parsed once and searched per
 * certificate. Only data signed by the certificate's issuer, or by an OCSP responder that issuer
 * authorised, counts; an answer's age is judged by the caller, who knows the time to prove.
 */
public final class RevocationPool {
    private static final Logger LOG = LoggerFactory.getLogger(RevocationPool.class);
    private final List<ParsedCrl> crls;
    private final List<BasicOCSPResp> ocsps;
    private final List<X509Certificate> responders;

    private record ParsedCrl(X509CRL crl, byte[] encoded) {}

    /** Parses CRLs and OCSP answers (complete OCSPResponses or bare BasicOCSPResponses); unreadable ones are skipped. */
    public RevocationPool(Collection<byte[]> encodedCrls, Collection<byte[]> encodedOcsps) {
        this(List.of(), List.of(), List.of());
        parse(encodedCrls, encodedOcsps);
    }

    private RevocationPool(List<ParsedCrl> crls, List<BasicOCSPResp> ocsps, List<X509Certificate> responders) {
        this.crls = new ArrayList<>(crls);
        this.ocsps = new ArrayList<>(ocsps);
        this.responders = new ArrayList<>(responders);
    }

    /** This data and more (what the signatures' own CMS carry), without parsing this data again. */
    public RevocationPool with(Collection<byte[]> encodedCrls, Collection<byte[]> encodedOcsps) {
        RevocationPool more = new RevocationPool(crls, ocsps, responders);
        more.parse(encodedCrls, encodedOcsps);
        return more;
    }

    /** The certificates OCSP answers carry (their responders'), for building their paths. */
    public List<X509Certificate> responderCertificates() {
        return List.copyOf(responders);
    }

    /**
     * Whether the data holds an answer for every certificate of the path below its anchor (those
     * that need none, OCSP responders with id-pkix-ocsp-nocheck, aside): what PAdES B-LT asks of
     * the DSS.
     */
    public boolean covers(CertificatePath path) {
        List<X509Certificate> chain = path.certificates();
        for (int i = 0; i < chain.size() - 1; i++) {
            if (!RevocationExemptions.needsNoCheck(chain.get(i))
                    && about(chain.get(i), chain.get(i + 1)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** What the data says about {@code certificate}, issued by {@code issuer}. */
    public List<Evidence> about(X509Certificate certificate, X509Certificate issuer) {
        List<Evidence> found = new ArrayList<>();
        for (ParsedCrl crl : crls) {
            RevocationAnswers.crlEvidence(crl.crl(), crl.encoded(), certificate, issuer)
                    .ifPresent(found::add);
        }
        for (BasicOCSPResp basic : ocsps) {
            ocspEvidence(basic, certificate, issuer).ifPresent(found::add);
        }
        return found;
    }

    private void parse(Collection<byte[]> encodedCrls, Collection<byte[]> encodedOcsps) {
        for (byte[] bytes : encodedCrls) {
            RevocationAnswers.parseCrl(bytes).ifPresent(crl -> crls.add(new ParsedCrl(crl, bytes)));
        }
        for (byte[] bytes : encodedOcsps) {
            RevocationAnswers.basic(bytes).ifPresent(basic -> {
                ocsps.add(basic);
                responders.addAll(RevocationAnswers.certificates(basic.getCerts()));
            });
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
                    return evidence(basic, single, issuer);
                }
            }
        } catch (OperatorCreationException | OCSPException | GeneralSecurityException e) {
            LOG.debug("A CRL of the file is unreadable; it revokes and proves nothing", e);
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A "good" or "revoked" answer signed by the issuer or its responder as produced; "unknown" proves nothing. */
    private static Optional<Evidence> evidence(BasicOCSPResp basic, SingleResp single, X509Certificate issuer) {
        Optional<List<X509Certificate>> signers = RevocationAnswers.ocspSigners(basic, issuer, basic.getProducedAt());
        CertificateStatus status = single.getCertStatus();
        Optional<Instant> revoked = status instanceof RevokedStatus r
                ? Optional.of(r.getRevocationTime().toInstant())
                : Optional.empty();
        if (signers.isEmpty() || (status != CertificateStatus.GOOD && revoked.isEmpty())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Evidence(
                    Evidence.Kind.OCSP,
                    basic.getEncoded(),
                    single.getThisUpdate().toInstant(),
                    Optional.ofNullable(single.getNextUpdate()).map(Date::toInstant),
                    revoked,
                    signers.get()));
        } catch (IOException e) {
            LOG.debug("An OCSP answer of the file is unreadable; it proves nothing", e);
            return Optional.empty();
        }
    }
}
