/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.DocumentSigner;
import org.vnsign.signer.DocumentSigners;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignResult;
import org.vnsign.signer.SignatureMechanism;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SignerIdentity;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.verify.DocumentVerifier;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.SignerCertificateChecker;
import org.vnsign.signer.verify.SignerCheck;
import org.vnsign.signer.verify.SignerCheckRequest;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;
import org.vnsign.token.PinCallback;
import org.vnsign.token.Token;
import org.vnsign.token.TokenCertificate;

/**
 * The one way VNSign signs, for the command line, the desktop and (through the desktop) both web
 * bridges, so that they cannot drift apart. The front ends only collect input and show output:
 *
 * <ol>
 *   <li>{@link #prepareSigner}: the certificate chosen is checked (Circular 15/2025/TT-BKHCN:
 *       validity, usage, key size, a path to a trusted anchor, revocation) and its chain completed;
 *       nothing is signed and the token's key is not used.
 *   <li>{@link #plan}: the document is checked and the appearance placed, once; the front end shows
 *       the plan (the desktop's preview) before anything is signed.
 *   <li>{@link #sign}: the confirmed plan is signed with the token (signer-core writes atomically),
 *       and the written file is read again to confirm the new signature.
 * </ol>
 *
 * <p>Checks are remembered per certificate and options for a few minutes, so the desktop's live
 * preview does not repeat them on every move (revocation answers are cached on disk anyway).
 */
public final class SigningUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(SigningUseCase.class);
    private static final Duration REMEMBER_CHECK = Duration.ofMinutes(5);

    private final DocumentSigner signer;
    private final SignerCertificateChecker checker;
    private final DocumentVerifier verifier;
    private final Supplier<Collection<X509Certificate>> systemCertificates;
    private final Clock clock;
    private final Map<String, Remembered> checks = new ConcurrentHashMap<>();

    private record Remembered(ReadySigner ready, Instant at) {}

    public SigningUseCase(
            DocumentSigner signer,
            SignerCertificateChecker checker,
            DocumentVerifier verifier,
            Supplier<Collection<X509Certificate>> systemCertificates,
            Clock clock) {
        this.signer = signer;
        this.checker = checker;
        this.verifier = verifier;
        this.systemCertificates = systemCertificates;
        this.clock = clock;
    }

    /**
     * The use case over signer-core's PAdES signer, pre-signing checker and verifier, with this
     * machine's CA certificates to complete chains; servers are reached as {@code network} says.
     */
    public static SigningUseCase standard(Clock clock, NetworkSettings network) {
        return new SigningUseCase(
                DocumentSigners.pades(clock, network),
                DocumentVerifiers.signerChecker(clock, network),
                DocumentVerifiers.create(clock, network),
                SystemCertificates::standard,
                clock);
    }

    /** The document-only checks, before a token is opened: a refused file costs no PIN. */
    public void checkDocument(SigningRequest request) throws SignerException {
        signer.check(request);
    }

    /**
     * Checks {@code certificate} before signing and builds the identity signer-core signs with:
     * the completed chain, RSASSA-PSS or PKCS#1 v1.5, the digest. The DEMO token is not checked.
     */
    public ReadySigner prepareSigner(TokenCertificate certificate, SigningOptions options) throws SignerException {
        String key = certificate.info().sha256Fingerprint() + "|" + options;
        Remembered remembered = checks.get(key);
        Instant now = clock.instant();
        if (remembered != null && remembered.at().plus(REMEMBER_CHECK).isAfter(now)) {
            return remembered.ready();
        }
        SignerCheck check;
        if (options.demo()) {
            check = SignerCheck.exempt(certificate.chain());
        } else {
            check = checker.check(new SignerCheckRequest(
                    certificate.chain(),
                    systemCertificates.get(),
                    options.anchors(),
                    options.online(),
                    options.level().needsNetwork()));
            if (!check.fetched().isEmpty()) {
                LOG.info(
                        "completed the chain of {} from {}",
                        certificate.info().subject().rfc2253(),
                        check.fetched());
            }
        }
        SignatureMechanism mechanism = options.pss()
                ? SignatureMechanism.RSA_PSS
                : SignatureMechanism.defaultFor(certificate.certificate().getPublicKey());
        ReadySigner ready =
                new ReadySigner(certificate, new SignerIdentity(check.chain(), mechanism, options.hash()), check);
        checks.put(key, new Remembered(ready, now));
        return ready;
    }

    /**
     * Judges someone's certificate as a signer's is judged before signing (validity, key usage,
     * key size, a path to {@code anchors}, revocation when {@code online}): for a message signature a
     * page asks VNSign to verify (VGCA's VerifyMsg).
     *
     * @throws SignerException saying what the certificate fails
     */
    public SignerCheck checkCertificate(List<X509Certificate> chain, TrustAnchors anchors, boolean online)
            throws SignerException {
        return checker.check(new SignerCheckRequest(chain, systemCertificates.get(), anchors, online, false));
    }

    /** Lays the signature out on the document, without a PIN: what the user confirms. */
    public SigningPlan plan(SigningRequest request, ReadySigner ready) throws SignerException {
        return signer.plan(request, ready.identity());
    }

    /**
     * Lays the marks out for a preview before any certificate is chosen, with a stand-in
     * certificate: only where the marks go is shown; signing plans again with the real one.
     */
    public SigningPlan previewPlan(SigningRequest request, List<X509Certificate> standIn) throws SignerException {
        return signer.plan(request, SignerIdentity.of(standIn));
    }

    /**
     * Signs the confirmed plan with {@code token}'s key, then reads the written file again: a new
     * signature that does not verify as intact is removed and reported, never left for the user.
     */
    public SignedDocument sign(SigningPlan plan, ReadySigner ready, Token token, PinCallback pins)
            throws SignerException {
        SignResult result = signer.sign(
                plan, new TokenSignatureSource(token, ready.certificate().key(), pins));
        Indication verdict = confirm(result, ready.check().chain());
        return new SignedDocument(result, ready.check(), verdict);
    }

    private Indication confirm(SignResult result, List<X509Certificate> chain) throws SignerException {
        TrustAnchors anchors = TrustAnchors.none().plus(List.of(chain.get(chain.size() - 1)));
        VerificationReport report = verifier.verify(new VerifyRequest(
                result.output(), anchors, false, result.plan().request().password()));
        Optional<SignatureReport> mine = report.signatures().stream()
                .filter(signature -> signature.fieldName().equals(result.fieldName()))
                .findFirst();
        Indication verdict = mine.map(SignatureReport::indication).orElse(Indication.INVALID);
        if (verdict == Indication.INVALID) {
            try {
                Files.deleteIfExists(result.output());
            } catch (IOException e) {
                LOG.warn("cannot remove {}", result.output(), e);
            }
            throw new SignerException(
                    SignerError.SIGNATURE_VALUE_INVALID,
                    "the signature just written does not verify: "
                            + mine.map(s -> String.valueOf(s.subIndication())).orElse("not found"));
        }
        return verdict;
    }

    /** For tests and the benchmark: forget remembered checks. */
    public void forgetChecks() {
        checks.clear();
    }
}
