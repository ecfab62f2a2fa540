/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.vnsign.signer.verify.VerificationReport;

/**
 * Where the bridge hands a request: the desktop, which downloads the document, shows it with the
 * request (origin, action) and waits for the user to sign or refuse. Nothing is signed without the
 * user; the future completes when the user has decided and the result was uploaded or queued.
 * One request at a time, whichever bridge it came through: while one is on its way to the user or
 * on screen, another completes at once with {@link BridgeOutcome#busy()}.
 *
 * <p>The calls that sign nothing (VGCA's GetCertInfo, Config, VerifyPDF) have defaults that say
 * "not here", for a desk without a window.
 */
public interface SigningDesk {
    CompletableFuture<BridgeOutcome> offer(BridgeRequest request);

    /**
     * A batch (VGCA's SignFiles): shown to the user, confirmed once, signed with one log-in; the
     * future completes with each file's outcome. One request at a time, as {@link #offer}.
     */
    default CompletableFuture<BatchOutcome> offerBatch(BatchRequest batch) {
        return CompletableFuture.completedFuture(BatchOutcome.whole(BridgeOutcome.failed(
                "VNSign chỉ ký nhiều tệp khi cửa sổ đang mở. / VNSign signs batches only with its window open.")));
    }

    /**
     * Signs a digest a page sent (VGCA's Auth, SignMsg, SignHash) with the chosen certificate,
     * after the user agreed to what the window shows and the certificate passed the pre-signing check.
     */
    default CompletableFuture<SignedDigest> signDigest(DigestRequest request) {
        return CompletableFuture.completedFuture(SignedDigest.not(BridgeOutcome.failed(
                "VNSign chỉ ký dữ liệu khi cửa sổ đang mở. / VNSign signs data only with its window open.")));
    }

    /**
     * Judges the certificates of a message signature (VGCA's VerifyMsg) as a signer's certificate is
     * judged before signing: valid now, meant for signing, a path to a trusted root, not revoked.
     *
     * @return empty when the certificate passes, else why not, in the user's language
     */
    default CompletableFuture<Optional<String>> judgeCertificate(List<X509Certificate> chain) {
        return CompletableFuture.completedFuture(
                Optional.of(
                        "VNSign chỉ kiểm tra chứng thư khi cửa sổ đang mở. / VNSign judges certificates only with its window open."));
    }

    /** The certificate the user chose in the window (public data); empty before the user logged in. */
    default Optional<X509Certificate> chosenCertificate() {
        return Optional.empty();
    }

    /** Opens the settings window, as VGCA's Config call does; false when there is no window. */
    default boolean openSettings() {
        return false;
    }

    /**
     * Downloads {@code document} (already checked against the document sources) and verifies it
     * offline with the user's trust settings. Verifying changes nothing and signs nothing, so it
     * needs no one's consent.
     */
    default CompletableFuture<VerificationReport> verify(URI document) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("no verification here"));
    }
}
