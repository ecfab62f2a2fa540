/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The revocation status of a certificate from its issuer's services: OCSP first (the answer is
 * small and fresh), then the CRLs. Every answer is checked before it is believed: signed by the
 * issuer or by a responder the issuer delegated to (OCSPSigning), about this certificate, current
 * (thisUpdate not in the future, nextUpdate not past). Answers are cached until their nextUpdate;
 * an answer without nextUpdate is never reused.
 */
public final class RevocationFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(RevocationFetcher.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final HttpFetcher http;
    private final OnlineCache cache;

    public RevocationFetcher(HttpFetcher http, OnlineCache cache) {
        this.http = http;
        this.cache = cache;
    }

    /** Thrown when no OCSP responder or CRL gave a usable answer; one reason per server. */
    public static final class UnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnavailableException(String message) {
            super(message);
        }
    }

    /**
     * The status of {@code certificate}, issued by {@code issuer}, from an answer produced no
     * earlier than {@code notBefore} when OCSP can give one (a verifier wants revocation data newer
     * than the time-stamp it checks).
     */
    public Evidence status(X509Certificate certificate, X509Certificate issuer, Instant notBefore)
            throws UnavailableException {
        List<String> failures = new ArrayList<>();
        for (URI url : CertificateUrls.ocsp(certificate)) {
            try {
                return ocsp(url, certificate, issuer, notBefore);
            } catch (FetchException e) {
                log("OCSP", e);
                failures.add(e.getMessage());
            }
        }
        for (URI url : CertificateUrls.crls(certificate)) {
            try {
                return crl(url, certificate, issuer);
            } catch (FetchException e) {
                log("CRL", e);
                failures.add(e.getMessage());
            }
        }
        if (failures.isEmpty()) {
            throw new UnavailableException(
                    "the certificate names no OCSP responder or CRL: " + certificate.getSubjectX500Principal());
        }
        throw new UnavailableException(String.join("; ", failures));
    }

    private static void log(String kind, FetchException e) {
        if (e.isOffline()) {
            LOG.debug("{} not asked: {}", kind, e.getMessage());
        } else {
            LOG.warn("{} failed: {}", kind, e.getMessage());
        }
    }

    private Evidence ocsp(URI url, X509Certificate certificate, X509Certificate issuer, Instant notBefore)
            throws FetchException {
        CertificateID id = certificateId(url, certificate, issuer);
        String key = url + "#" + certificate.getIssuerX500Principal().getName() + "#" + certificate.getSerialNumber();
        Optional<byte[]> cached = cache.read("ocsp", key);
        if (cached.isPresent()) {
            try {
                Evidence evidence = checkedOcsp(url, cachedResponse(url, cached.get()), id, issuer, Optional.empty());
                if (!evidence.thisUpdate().isBefore(notBefore)) {
                    return evidence;
                }
            } catch (FetchException e) {
                cache.remove("ocsp", key);
            }
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        try {
            // RFC 8954: the nonce extension's value is an OCTET STRING of 1 to 32 bytes.
            byte[] nonce = new DEROctetString(random).getEncoded();
            OCSPReq request = new OCSPReqBuilder()
                    .addRequest(id)
                    .setRequestExtensions(new Extensions(
                            new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce))))
                    .build();
            byte[] answer = http.post(url, "application/ocsp-request", request.getEncoded(), Optional.empty());
            Evidence evidence = checkedOcsp(url, wireResponse(url, answer), id, issuer, Optional.of(nonce));
            if (evidence.nextUpdate().isPresent()) {
                cache.write("ocsp", key, evidence.encoded());
            }
            return evidence;
        } catch (OCSPException | IOException e) {
            throw new FetchException(url, "cannot build the OCSP request", e);
        }
    }

    /** A full OCSPResponse as a responder sends it. */
    private static BasicOCSPResp wireResponse(URI url, byte[] answer) throws FetchException {
        try {
            OCSPResp response = new OCSPResp(answer);
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                throw new FetchException(url, "OCSP status " + response.getStatus());
            }
            BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
            if (basic == null) {
                throw new FetchException(url, "the OCSP answer is empty");
            }
            return basic;
        } catch (IOException | OCSPException | RuntimeException e) {
            throw new FetchException(url, "the answer is not an OCSP response", e);
        }
    }

    /** The BasicOCSPResponse kept in the cache. */
    private static BasicOCSPResp cachedResponse(URI url, byte[] bytes) throws FetchException {
        try {
            return new BasicOCSPResp(BasicOCSPResponse.getInstance(bytes));
        } catch (RuntimeException e) {
            throw new FetchException(url, "the cached OCSP answer is unreadable", e);
        }
    }

    /** Checks an OCSP answer's signer, nonce (when one was sent), subject and dates. */
    private static Evidence checkedOcsp(
            URI url, BasicOCSPResp basic, CertificateID id, X509Certificate issuer, Optional<byte[]> nonce)
            throws FetchException {
        List<X509Certificate> signers = verifyOcspSigner(url, basic, issuer);
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce.isPresent()
                && echoed != null
                && !Arrays.equals(echoed.getExtnValue().getOctets(), nonce.get())) {
            throw new FetchException(url, "the OCSP answer is for another request (nonce differs)");
        }
        for (SingleResp single : basic.getResponses()) {
            if (single.getCertID().equals(id)) {
                return ocspEvidence(url, basic, single, signers);
            }
        }
        throw new FetchException(url, "the OCSP answer is about another certificate");
    }

    private static Evidence ocspEvidence(URI url, BasicOCSPResp basic, SingleResp single, List<X509Certificate> signers)
            throws FetchException {
        Instant now = Instant.now();
        Instant thisUpdate = single.getThisUpdate().toInstant();
        Optional<Instant> nextUpdate =
                Optional.ofNullable(single.getNextUpdate()).map(Date::toInstant);
        if (thisUpdate.isAfter(now.plus(CLOCK_SKEW))) {
            throw new FetchException(url, "the OCSP answer is dated in the future: " + thisUpdate);
        }
        if (nextUpdate.isPresent() && nextUpdate.get().isBefore(now)) {
            throw new FetchException(url, "the OCSP answer is out of date since " + nextUpdate.get());
        }
        CertificateStatus status = single.getCertStatus();
        Optional<Instant> revokedAt = Optional.empty();
        if (status instanceof RevokedStatus revoked) {
            revokedAt = Optional.of(revoked.getRevocationTime().toInstant());
        } else if (status != CertificateStatus.GOOD) {
            throw new FetchException(url, "the OCSP responder does not know the certificate");
        }
        try {
            return new Evidence(Evidence.Kind.OCSP, basic.getEncoded(), thisUpdate, nextUpdate, revokedAt, signers);
        } catch (IOException e) {
            throw new FetchException(url, "cannot encode the OCSP answer", e);
        }
    }

    /** The issuer itself, or a certificate in the answer that the issuer issued for OCSP signing. */
    private static List<X509Certificate> verifyOcspSigner(URI url, BasicOCSPResp basic, X509Certificate issuer)
            throws FetchException {
        return RevocationAnswers.ocspSigners(basic, issuer, new Date())
                .orElseThrow(() -> new FetchException(
                        url, "the OCSP answer is not signed by the issuer or a responder it authorised"));
    }

    private Evidence crl(URI url, X509Certificate certificate, X509Certificate issuer) throws FetchException {
        String key = url.toString();
        Optional<byte[]> cached = cache.read("crl", key);
        if (cached.isPresent()) {
            try {
                return checkedCrl(url, cached.get(), certificate, issuer);
            } catch (FetchException e) {
                cache.remove("crl", key);
            }
        }
        byte[] answer = http.get(url);
        Evidence evidence = checkedCrl(url, answer, certificate, issuer);
        cache.write("crl", key, answer);
        return evidence;
    }

    private static Evidence checkedCrl(URI url, byte[] answer, X509Certificate certificate, X509Certificate issuer)
            throws FetchException {
        X509CRL crl = RevocationAnswers.parseCrl(answer)
                .orElseThrow(() -> new FetchException(url, "the answer is not a CRL"));
        if (crl.getNextUpdate() == null || crl.getNextUpdate().toInstant().isBefore(Instant.now())) {
            throw new FetchException(url, "the CRL is out of date (nextUpdate " + crl.getNextUpdate() + ")");
        }
        return RevocationAnswers.crlEvidence(crl, answer, certificate, issuer)
                .orElseThrow(() -> new FetchException(
                        url,
                        "the CRL (" + crl.getIssuerX500Principal()
                                + ") is not issued and signed by the certificate's issuer"));
    }

    private static CertificateID certificateId(URI url, X509Certificate certificate, X509Certificate issuer)
            throws FetchException {
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            return new CertificateID(
                    digests.get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer),
                    certificate.getSerialNumber());
        } catch (OperatorCreationException | OCSPException | GeneralSecurityException e) {
            throw new FetchException(url, "cannot name the certificate for OCSP", e);
        }
    }
}
