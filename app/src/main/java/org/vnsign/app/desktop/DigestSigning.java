/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.bridge.BridgeOutcome;
import org.vnsign.app.bridge.DigestRequest;
import org.vnsign.app.bridge.SignedDigest;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.tokens.TokensViewModel;
import org.vnsign.app.ui.UserErrors;
import org.vnsign.signer.SignerException;
import org.vnsign.token.SignatureAlgorithm;
import org.vnsign.token.SignatureScheme;
import org.vnsign.token.TokenCertificate;

/**
 * The window's side of the calls that sign a digest (VGCA's Auth, SignMsg, SignHash) and judge a
 * message's certificate (VerifyMsg). There is no document to show: the user is asked, in a dialog,
 * whether the page may sign the digest (its origin, the function, the digest, and an Auth
 * challenge's own words) before anything touches the token; the certificate then passes the
 * pre-signing check, the token is logged in (the PIN asked once, never retried) and signs.
 */
final class DigestSigning {
    private static final Logger LOG = LoggerFactory.getLogger(DigestSigning.class);

    private final DesktopServices services;
    private final Messages messages;
    private final DesktopSigningDesk.Viewer window;
    private final AtomicBoolean engaged;
    private final SigningPreparation preparation;

    DigestSigning(DesktopServices services, DesktopSigningDesk.Viewer window, AtomicBoolean engaged) {
        this.services = services;
        this.messages = services.messages();
        this.window = window;
        this.engaged = engaged;
        this.preparation = new SigningPreparation(services.signing(), services.demo());
    }

    CompletableFuture<SignedDigest> sign(DigestRequest request) {
        if (!engaged.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(SignedDigest.not(BridgeOutcome.busy()));
        }
        CompletableFuture<SignedDigest> answer = new CompletableFuture<>();
        answer.whenComplete((signed, failure) -> engaged.set(false));
        services.tasks().onUi(() -> {
            Optional<TokensViewModel.Chosen> chosen = window.chosenSigner();
            Settings settings = window.settings();
            if (chosen.isEmpty()) {
                answer.complete(SignedDigest.not(BridgeOutcome.failed(messages.get("bridge.digestLogInFirst"))));
                return;
            }
            services.tasks().run(() -> signOnce(request, chosen.get(), settings), answer::complete, failure -> {
                LOG.info("Signing a digest for {} failed: {}", request.origin(), failure.toString());
                answer.complete(SignedDigest.not(
                        BridgeOutcome.failed(UserErrors.of(messages, failure).message())));
            });
        });
        return answer;
    }

    private SignedDigest signOnce(DigestRequest request, TokensViewModel.Chosen chosen, Settings settings)
            throws Exception {
        String function = request.function().replaceFirst("^/", "");
        String detail = messages.get(
                        "bridge.digestDetail",
                        request.algorithm().jcaName(),
                        request.digestHex(),
                        chosen.certificate().info().subject().rfc2253())
                + (request.shownText().isEmpty()
                        ? ""
                        : "\n" + messages.get("bridge.digestChallenge", request.shownText()));
        if (!services.dialogs().confirm(messages.get("bridge.digestQuestion", request.origin(), function), detail)) {
            LOG.info("The user refused to sign a digest for {}", request.origin());
            return SignedDigest.not(BridgeOutcome.refused(messages.get("bridge.refusedByUser")));
        }
        preparation.checkSigner(settings, chosen);
        chosen.token().login(chosen.pins());
        TokenCertificate certificate = chosen.certificate();
        boolean ec = certificate.certificate().getPublicKey().getAlgorithm().equals("EC");
        byte[] value = chosen.token()
                .signDigest(
                        certificate.key(),
                        new SignatureAlgorithm(
                                ec ? SignatureScheme.ECDSA : SignatureScheme.RSA_PKCS1, request.algorithm()),
                        request.digest(),
                        chosen.pins());
        return new SignedDigest(
                new BridgeOutcome(BridgeOutcome.SIGNED, "", "", ""),
                ec ? der(value, (ECPublicKey) certificate.certificate().getPublicKey()) : value,
                certificate.certificate().getEncoded());
    }

    /** VerifyMsg's certificate, judged as a signer's before signing; empty when it passes. */
    CompletableFuture<Optional<String>> judge(List<X509Certificate> chain) {
        CompletableFuture<Optional<String>> verdict = new CompletableFuture<>();
        services.tasks().onUi(() -> {
            Settings settings = window.settings();
            services.tasks()
                    .run(
                            () -> {
                                try {
                                    services.signing()
                                            .checkCertificate(
                                                    chain,
                                                    TrustFromSettings.of(settings, services.demo()),
                                                    settings.verifyOnline());
                                    return Optional.<String>empty();
                                } catch (SignerException e) {
                                    return Optional.of(
                                            UserErrors.of(messages, e).message());
                                }
                            },
                            verdict::complete,
                            verdict::completeExceptionally);
        });
        return verdict;
    }

    /** ECDSA's {@code r || s} as the DER SEQUENCE of two INTEGERs that verifiers expect (Bouncy Castle's encodings). */
    static byte[] der(byte[] p1363, ECPublicKey key) throws java.io.IOException {
        BigInteger order = key.getParams().getOrder();
        BigInteger[] rs = PlainDSAEncoding.INSTANCE.decode(order, p1363);
        return StandardDSAEncoding.INSTANCE.encode(order, rs[0], rs[1]);
    }
}
