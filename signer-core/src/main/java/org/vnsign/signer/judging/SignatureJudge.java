/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.online.Evidence;
import org.vnsign.signer.online.RevocationFetcher;
import org.vnsign.signer.pki.CertificatePath;
import org.vnsign.signer.pki.NameAttributes;
import org.vnsign.signer.pki.PathConstraints;
import org.vnsign.signer.pki.RevocationExemptions;
import org.vnsign.signer.pki.RevocationPool;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.Reason;
import org.vnsign.signer.verify.SubIndication;
import org.vnsign.signer.verify.TrustAnchors;

/**
 * Turns what a signature's CMS, certificates, revocation data and time-stamps say into an ETSI EN
 * 319 102-1 verdict, in the standard's order: format and integrity, the certificate path, then
 * revocation and validity at the best proven time, then algorithm strength. The first problem
 * found is the verdict, as in EU DSS, so both name the same sub-indication.
 */
public final class SignatureJudge {
    private static final Logger LOG = LoggerFactory.getLogger(SignatureJudge.class);
    /** ETSI TS 119 312 (EU DSS's default policy): SHA-1 signatures made later prove nothing. */
    static final Instant SHA1_SUNSET = Instant.parse("2012-08-01T00:00:00Z");
    /** ETSI TS 119 312: RSA keys below 1900 bits. */
    static final Instant SMALL_RSA_SUNSET = Instant.parse("2019-10-01T00:00:00Z");

    private static final int SMALL_RSA_BITS = 1900;

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final TrustAnchors anchors;
    private final List<X509Certificate> certificates;
    private final RevocationPool revocation;
    private final Optional<RevocationFetcher> fetcher;
    private final Instant now;

    /**
     * @param certificates every certificate the file carries (DSS, VRI), to build paths from
     * @param revocation the revocation data the file carries
     * @param fetcher the cache, and the network when the user allows it, for what the file lacks
     */
    public SignatureJudge(
            TrustAnchors anchors,
            List<X509Certificate> certificates,
            RevocationPool revocation,
            Optional<RevocationFetcher> fetcher,
            Instant now) {
        this.anchors = anchors;
        this.certificates = List.copyOf(certificates);
        this.revocation = revocation;
        this.fetcher = fetcher;
        this.now = now;
    }

    /**
     * Judges a signature or a document time-stamp.
     *
     * @param laterTimestamp the earliest time a valid later document time-stamp proves
     * @param pdfClaimedTime the signature dictionary's /M, when the CMS claims no time
     * @param formatProblem what the PDF around the signature breaks (pages added or removed after
     *     it): INVALID/FORMAT_FAILURE unless the CMS itself is already INVALID
     */
    public Judgement judge(
            CmsFacts cms,
            boolean documentTimestamp,
            Optional<Instant> laterTimestamp,
            Optional<Instant> pdfClaimedTime,
            Optional<Reason> formatProblem) {
        List<X509Certificate> pool = new ArrayList<>(certificates);
        pool.addAll(cms.certificates());
        pool.addAll(revocation.responderCertificates());
        Optional<Instant> claimed = cms.claimedTime().or(() -> pdfClaimedTime);
        List<Reason> notes = new ArrayList<>();
        CertificatePath path = cms.signer()
                .map(signer -> CertificatePath.build(signer, pool, anchors))
                .orElse(new CertificatePath(List.of(), CertificatePath.Problem.MISSING_ISSUER, ""));
        if (!cms.intact()) {
            Verdict verdict = new Verdict(claimed, false, Optional.empty(), path, notes);
            SubIndication failure = cms.failure().get();
            if (failure == SubIndication.CRYPTO_CONSTRAINTS_FAILURE) {
                return verdict.fail(
                        Indication.INDETERMINATE,
                        failure,
                        Reason.of("sig.unsupportedAlgorithm", algorithmName(cms.signatureAlgorithm())));
            }
            if (failure != SubIndication.NO_SIGNING_CERTIFICATE_FOUND) {
                return verdict.fail(Indication.INVALID, failure, Reason.of(failure.name()));
            }
            return formatProblem
                    .map(reason -> verdict.fail(Indication.INVALID, SubIndication.FORMAT_FAILURE, reason))
                    .orElseGet(() -> verdict.fail(Indication.INDETERMINATE, failure, Reason.of(failure.name())));
        }
        Optional<Instant> signatureTime = documentTimestamp
                ? cms.timestampTime()
                : cms.signatureTimestamp().flatMap(token -> timestampTime(token, cms.signatureValue(), pool, notes));
        boolean proven = signatureTime.isPresent();
        Verdict verdict = new Verdict(
                proven ? signatureTime : claimed,
                proven,
                documentTimestamp ? laterTimestamp : earliest(signatureTime, laterTimestamp),
                path,
                notes);
        X509Certificate signer = cms.signer().get();
        Optional<Judgement> problem = formatProblem
                .map(reason -> verdict.fail(Indication.INVALID, SubIndication.FORMAT_FAILURE, reason))
                .or(() -> pathProblem(path, verdict))
                .or(() -> usageProblem(signer, documentTimestamp, verdict))
                .or(() -> statusProblem(path, verdict))
                .or(() -> cryptoProblem(cms, path, verdict));
        return problem.orElseGet(() -> verdict.pass(documentTimestamp ? "ts.valid" : "sig.valid"));
    }

    private static String algorithmName(String name) {
        return name == null || name.isBlank() ? "?" : name;
    }

    private static Optional<Judgement> pathProblem(CertificatePath path, Verdict verdict) {
        if (path.trusted()) {
            return PathConstraints.check(path)
                    .map(broken -> verdict.fail(
                            Indication.INDETERMINATE,
                            SubIndication.CHAIN_CONSTRAINTS_FAILURE,
                            Reason.of(broken.key(), broken.certificate())));
        }
        boolean notCa = path.problem() == CertificatePath.Problem.NOT_A_CA;
        String key =
                switch (path.problem()) {
                    case MISSING_ISSUER -> "chain.missing";
                    case NOT_A_CA -> "chain.notCa";
                    default -> "chain.untrusted";
                };
        return Optional.of(verdict.fail(
                Indication.INDETERMINATE,
                notCa ? SubIndication.CHAIN_CONSTRAINTS_FAILURE : SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                Reason.of(key, path.missingName())));
    }

    private static Optional<Judgement> usageProblem(
            X509Certificate signer, boolean documentTimestamp, Verdict verdict) {
        boolean fit;
        if (documentTimestamp) {
            fit = hasPurpose(signer, KeyPurposeId.id_kp_timeStamping.getId());
        } else {
            boolean[] usage = signer.getKeyUsage();
            fit = usage == null || usage[0] || usage[1];
        }
        return fit
                ? Optional.empty()
                : Optional.of(verdict.fail(
                        Indication.INDETERMINATE,
                        SubIndication.CHAIN_CONSTRAINTS_FAILURE,
                        Reason.of(
                                documentTimestamp ? "usage.timestamp" : "usage.signature",
                                NameAttributes.commonName(signer))));
    }

    /** Revocation first (a revoked certificate is the gravest), then expiry, then missing revocation data. */
    private Optional<Judgement> statusProblem(CertificatePath path, Verdict verdict) {
        Optional<Instant> existence = verdict.existence();
        List<X509Certificate> chain = path.certificates();
        Optional<Judgement> expired = Optional.empty();
        Optional<Judgement> unknown = Optional.empty();
        for (int i = 0; i < chain.size() - 1; i++) {
            X509Certificate certificate = chain.get(i);
            String name = NameAttributes.commonName(certificate);
            Status status = status(certificate, chain.get(i + 1), existence);
            if (status.revokedAt().isPresent()) {
                Instant revoked = status.revokedAt().get();
                if (existence.isPresent() && existence.get().isBefore(revoked)) {
                    verdict.notes().add(Reason.of("note.revokedAfter", name, Times.format(revoked)));
                } else if (existence.isPresent()) {
                    return Optional.of(verdict.fail(
                            Indication.INVALID,
                            SubIndication.REVOKED,
                            Reason.of("revoked", name, Times.format(revoked))));
                } else {
                    return Optional.of(verdict.fail(
                            Indication.INDETERMINATE,
                            i == 0 ? SubIndication.REVOKED_NO_POE : SubIndication.REVOKED_CA_NO_POE,
                            Reason.of("revoked.noPoe", name, Times.format(revoked))));
                }
            }
            Instant notAfter = certificate.getNotAfter().toInstant();
            boolean expiredNow = now.isAfter(notAfter);
            boolean provenBeforeExpiry =
                    existence.isPresent() && !existence.get().isAfter(notAfter);
            if (expired.isEmpty() && expiredNow && !provenBeforeExpiry) {
                expired = Optional.of(verdict.fail(
                        Indication.INDETERMINATE,
                        status.good() ? SubIndication.OUT_OF_BOUNDS_NOT_REVOKED : SubIndication.OUT_OF_BOUNDS_NO_POE,
                        Reason.of("expired.noPoe", name, Times.format(notAfter))));
            }
            Instant notBefore = certificate.getNotBefore().toInstant();
            if (expired.isEmpty() && existence.isPresent() && existence.get().isBefore(notBefore)) {
                expired = Optional.of(verdict.fail(
                        Indication.INDETERMINATE,
                        SubIndication.NOT_YET_VALID,
                        Reason.of("notYetValid", name, Times.format(notBefore))));
            }
            if (unknown.isEmpty() && !status.good()) {
                unknown = Optional.of(
                        verdict.fail(Indication.INDETERMINATE, SubIndication.TRY_LATER, Reason.of("tryLater", name)));
            }
        }
        Optional<Judgement> unknownStatus = unknown;
        return expired.or(() -> unknownStatus);
    }

    private Optional<Judgement> cryptoProblem(CmsFacts cms, CertificatePath path, Verdict verdict) {
        Optional<Instant> existence = verdict.existence();
        boolean firstGeneration = path.certificates().stream().anyMatch(anchors::isGovernmentFirstGeneration);
        List<String> weak = new ArrayList<>();
        Instant sunset = Instant.MAX;
        if ("SHA-1".equals(cms.digestAlgorithm())) {
            weak.add("SHA-1");
            sunset = SHA1_SUNSET;
        }
        X509Certificate signer = cms.signer().get();
        if (signer.getPublicKey() instanceof RSAPublicKey rsa
                && rsa.getModulus().bitLength() < SMALL_RSA_BITS) {
            weak.add("RSA-" + rsa.getModulus().bitLength());
            sunset = sunset.isBefore(SMALL_RSA_SUNSET) ? sunset : SMALL_RSA_SUNSET;
        }
        if (weak.isEmpty()) {
            if (path.certificates().stream()
                    .anyMatch(c -> c.getSigAlgName().toUpperCase().startsWith("SHA1"))) {
                verdict.notes().add(Reason.of(firstGeneration ? "note.sha1g1" : "note.sha1chain"));
            }
            return Optional.empty();
        }
        String algorithms = String.join(", ", weak);
        if (firstGeneration) {
            verdict.notes().add(Reason.of("note.sha1g1"));
            return Optional.empty();
        }
        if (existence.isPresent() && existence.get().isBefore(sunset)) {
            verdict.notes().add(Reason.of("note.weakBefore", algorithms, Times.format(sunset)));
            return Optional.empty();
        }
        return Optional.of(verdict.fail(
                Indication.INDETERMINATE,
                SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
                Reason.of("crypto", algorithms, Times.format(sunset))));
    }

    /** Whether one certificate's status is proven for the time that matters, and whether it is revoked. */
    private record Status(boolean good, Optional<Instant> revokedAt) {}

    private Status status(X509Certificate certificate, X509Certificate issuer, Optional<Instant> existence) {
        if (RevocationExemptions.needsNoCheck(certificate)) {
            return new Status(true, Optional.empty());
        }
        List<Evidence> evidence = new ArrayList<>(revocation.about(certificate, issuer));
        evidence.removeIf(e -> issuedAfterExpiry(e, certificate));
        if (evidence.stream().noneMatch(e -> usable(e, existence)) && fetcher.isPresent()) {
            try {
                evidence.add(fetcher.get().status(certificate, issuer, existence.orElse(Instant.EPOCH)));
                evidence.removeIf(e -> issuedAfterExpiry(e, certificate));
            } catch (RevocationFetcher.UnavailableException e) {
                LOG.debug("No cached or online revocation answer; the file's own data decides", e);
                // No cached or online answer: the file's data decides.
            }
        }
        Optional<Instant> revoked =
                evidence.stream().flatMap(e -> e.revokedAt().stream()).min(Instant::compareTo);
        return new Status(evidence.stream().anyMatch(e -> usable(e, existence)), revoked);
    }

    /**
     * CRLs and OCSP answers issued after a certificate expired need not list it any more (RFC 5280
     * 3.3), so a "good" from them proves nothing about it.
     */
    private static boolean issuedAfterExpiry(Evidence evidence, X509Certificate certificate) {
        return evidence.revokedAt().isEmpty()
                && evidence.thisUpdate().isAfter(certificate.getNotAfter().toInstant());
    }

    /**
     * Whether an answer proves the status at the time that matters: issued after the proven
     * existence time (what PAdES B-LT data is), or current now.
     */
    private boolean usable(Evidence evidence, Optional<Instant> existence) {
        if (evidence.revokedAt().isPresent()) {
            return true;
        }
        boolean afterExistence = existence.isPresent() && !evidence.thisUpdate().isBefore(existence.get());
        boolean current = !evidence.thisUpdate().isAfter(now.plus(CLOCK_SKEW))
                && evidence.nextUpdate().map(next -> !next.isBefore(now)).orElse(true);
        return afterExistence || current;
    }

    /** The time a signature time-stamp proves, when the token is sound; else a note says why not. */
    private Optional<Instant> timestampTime(
            TimeStampToken token, byte[] signatureValue, List<X509Certificate> pool, List<Reason> notes) {
        TimeStampTokenInfo info = token.getTimeStampInfo();
        try {
            byte[] imprint = CmsCheck.digest(info.getHashAlgorithm(), () -> new ByteArrayInputStream(signatureValue));
            if (!Arrays.equals(imprint, info.getMessageImprintDigest())) {
                notes.add(Reason.of("note.timestampImprint"));
                return Optional.empty();
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            LOG.debug("The time-stamp imprint cannot be recomputed; noted, not trusted", e);
            notes.add(Reason.of("note.timestampImprint"));
            return Optional.empty();
        }
        List<X509Certificate> tokenCertificates = CmsCheck.certificates(token.getCertificates());
        List<X509Certificate> all = new ArrayList<>(pool);
        all.addAll(tokenCertificates);
        Optional<X509Certificate> authority =
                CmsCheck.tokenSigner(token, all).filter(c -> CmsCheck.tokenSignatureValid(token, c));
        if (authority.isEmpty()) {
            notes.add(Reason.of("note.timestampSignature"));
            return Optional.empty();
        }
        CertificatePath tsaPath = CertificatePath.build(authority.get(), all, anchors);
        Instant time = info.getGenTime().toInstant();
        if (!tsaPath.trusted()) {
            notes.add(Reason.of("note.timestampUntrusted", NameAttributes.commonName(authority.get())));
            return Optional.empty();
        }
        for (X509Certificate certificate : tsaPath.certificates()) {
            if (time.isBefore(certificate.getNotBefore().toInstant())
                    || time.isAfter(certificate.getNotAfter().toInstant())) {
                notes.add(Reason.of("note.timestampExpired", NameAttributes.commonName(certificate)));
                return Optional.empty();
            }
        }
        return Optional.of(time);
    }

    private static boolean hasPurpose(X509Certificate certificate, String purpose) {
        try {
            List<String> purposes = certificate.getExtendedKeyUsage();
            return purposes != null && purposes.contains(purpose);
        } catch (CertificateParsingException e) {
            LOG.debug("The extended key usage is unreadable; the purpose is not granted", e);
            return false;
        }
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    /** What every verdict of one signature shares: its time, whether proven, its proof of existence, its path. */
    private record Verdict(
            Optional<Instant> signingTime,
            boolean proven,
            Optional<Instant> existence,
            CertificatePath path,
            List<Reason> notes) {
        Judgement fail(Indication indication, SubIndication subIndication, Reason reason) {
            return new Judgement(
                    indication, Optional.of(subIndication), reason, signingTime, proven, existence, path, notes);
        }

        Judgement pass(String key) {
            return new Judgement(
                    Indication.VALID, Optional.empty(), Reason.of(key), signingTime, proven, existence, path, notes);
        }
    }
}
