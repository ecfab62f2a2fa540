/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.bridge.BatchOutcome;
import org.vnsign.app.bridge.BatchRequest;
import org.vnsign.app.bridge.BridgeOutcome;
import org.vnsign.app.bridge.BridgeRequest;
import org.vnsign.app.bridge.DigestRequest;
import org.vnsign.app.bridge.SignedDigest;
import org.vnsign.app.bridge.SigningDesk;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.outbox.OutboxViewModel;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.tokens.TokensViewModel;
import org.vnsign.signer.SignResult;
import org.vnsign.signer.verify.VerificationReport;

/**
 * The desktop's side of the web bridge: a page's request is downloaded, opened in the viewer with
 * the action it asks for, and shown with the page's origin; the user signs it with the usual Sign
 * button (the PIN, if needed, is asked only then) or refuses it. The signed file goes to the
 * page's upload address through the outbox, and the page is told the outcome.
 */
public final class DesktopSigningDesk implements SigningDesk {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopSigningDesk.class);

    /** What the main window does for the desk: open a file with an action preset. */
    interface Viewer {
        /** Opens {@code file} with the request's action preset, then runs {@code shown}. */
        void openRequested(Path file, BridgeRequest request, Runnable shown);

        /** The file on screen, or null: it stays until the user opens another one. */
        Path shownFile();

        /** The certificate chosen in the window; call on the window's thread. */
        Optional<X509Certificate> chosenCertificate();

        /** Opens the settings window; call on the window's thread. */
        void openSettings();

        /** Verifies {@code file} as the signature panel does, without showing it; any thread. */
        VerificationReport report(Path file) throws Exception;

        /** The chosen certificate with its token and PIN dialog, for a batch; call on the window's thread. */
        Optional<TokensViewModel.Chosen> chosenSigner();

        /** The settings signatures follow now; call on the window's thread. */
        Settings settings();
    }

    private final DesktopServices services;
    private final Messages messages;
    private final OutboxViewModel outbox;
    private final Viewer viewer;
    private final ObjectProperty<Pending> pending = new SimpleObjectProperty<>();
    private final ObjectProperty<Consent> awaiting = new SimpleObjectProperty<>();
    private final RequestedFiles files;
    private final BatchDesk batches;
    private final DigestSigning digests;
    private final AtomicInteger downloads = new AtomicInteger();
    /** A request is being downloaded or is on screen: the next one is busy. */
    private final AtomicBoolean engaged = new AtomicBoolean();

    /** A request shown to the user, not yet downloaded: the folder its document will go to. */
    public record Consent(BridgeRequest request, Path folder, CompletableFuture<BridgeOutcome> answer) {}

    /** The request on screen, its downloaded file, and the page waiting for the answer. */
    public record Pending(BridgeRequest request, Path file, CompletableFuture<BridgeOutcome> answer) {}

    DesktopSigningDesk(DesktopServices services, Messages messages, OutboxViewModel outbox, Viewer viewer) {
        this.services = services;
        this.messages = messages;
        this.outbox = outbox;
        this.viewer = viewer;
        this.files = new RequestedFiles(services);
        this.batches = new BatchDesk(services, outbox, files, viewer, engaged);
        this.digests = new DigestSigning(services, viewer, engaged);
        files.removeDownloads(null);
    }

    @Override
    public CompletableFuture<BatchOutcome> offerBatch(BatchRequest batch) {
        CompletableFuture<BatchOutcome> answer = batches.offer(batch);
        answer.whenComplete((outcome, failure) -> services.tasks().onUi(() -> removeDownloads(viewer.shownFile())));
        return answer;
    }

    @Override
    public CompletableFuture<SignedDigest> signDigest(DigestRequest request) {
        return digests.sign(request);
    }

    @Override
    public CompletableFuture<Optional<String>> judgeCertificate(List<X509Certificate> chain) {
        return digests.judge(chain);
    }

    /** The batch a page sent, on its way to the user or on screen. */
    BatchDesk batches() {
        return batches;
    }

    /** Removes what was downloaded for pages, but {@code keep} (the file on screen). */
    void removeDownloads(Path keep) {
        files.removeDownloads(keep);
    }

    /** The request the user is looking at, or null. */
    public ObjectProperty<Pending> pendingProperty() {
        return pending;
    }

    @Override
    public CompletableFuture<BridgeOutcome> offer(BridgeRequest request) {
        if (!engaged.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(BridgeOutcome.busy());
        }
        CompletableFuture<BridgeOutcome> answer = new CompletableFuture<>();
        Path folder = files.folders().resolve(String.valueOf(downloads.incrementAndGet()));
        Consent consent = new Consent(request, folder, answer);
        answer.whenComplete((outcome, failure) -> {
            engaged.set(false);
            services.tasks().onUi(() -> {
                if (awaiting.get() == consent) {
                    awaiting.set(null);
                }
                files.removeDownloads(viewer.shownFile());
            });
        });
        services.tasks().onUi(() -> {
            if (!answer.isDone()) {
                awaiting.set(consent);
            }
        });
        return answer;
    }

    /**
     * The user agrees to open the requested document: only now is it downloaded, so that a page
     * cannot make VNSign connect anywhere before a person has seen who asks.
     */
    public void accept() {
        Consent consent = awaiting.get();
        if (consent == null) {
            return;
        }
        awaiting.set(null);
        BridgeRequest request = consent.request();
        CompletableFuture<BridgeOutcome> answer = consent.answer();
        services.tasks()
                .run(
                        () -> request.localFile()
                                ? files.pickLocal(consent.folder())
                                : files.download(request.document(), consent.folder(), request),
                        file -> viewer.openRequested(file, request, () -> {
                            Pending shown = new Pending(request, file, answer);
                            pending.set(shown);
                            answer.whenComplete(
                                    (outcome, failure) -> services.tasks().onUi(() -> {
                                        if (pending.get() == shown) {
                                            pending.set(null);
                                        }
                                    }));
                        }),
                        failure -> {
                            // The page learns only that it failed: what a connection attempt found out about the
                            // network is for the log, not for a script.
                            LOG.warn(
                                    "Downloading the document {} asked by {} failed",
                                    request.document(),
                                    request.origin(),
                                    failure);
                            answer.complete(
                                    failure instanceof RequestedFiles.NoFileChosen
                                            ? BridgeOutcome.refused(messages.get("bridge.noFileChosen"))
                                            : BridgeOutcome.failed(
                                                    failure instanceof RequestedFiles.NotAPdf
                                                            ? messages.get("bridge.notPdf")
                                                            : messages.get("bridge.downloadFailed")));
                        });
    }

    /** The request waiting for the user's consent to open its document, or null. */
    public ObjectProperty<Consent> awaitingProperty() {
        return awaiting;
    }

    /** The user refuses the request on screen, before or after its document was opened. */
    public void refuse() {
        Consent asked = awaiting.get();
        if (asked != null) {
            LOG.info(
                    "The user refused to open the document {} asked by {}",
                    asked.request().document(),
                    asked.request().origin());
            awaiting.set(null);
            asked.answer().complete(BridgeOutcome.refused(messages.get("bridge.refusedByUser")));
            return;
        }
        Pending shown = pending.get();
        if (shown != null) {
            LOG.info(
                    "The user refused the signing request of {}",
                    shown.request().origin());
            shown.answer().complete(BridgeOutcome.refused(messages.get("bridge.refusedByUser")));
        }
    }

    @Override
    public Optional<X509Certificate> chosenCertificate() {
        CompletableFuture<Optional<X509Certificate>> chosen = new CompletableFuture<>();
        services.tasks().onUi(() -> chosen.complete(viewer.chosenCertificate()));
        try {
            return chosen.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean openSettings() {
        services.tasks().onUi(viewer::openSettings);
        return true;
    }

    @Override
    public CompletableFuture<VerificationReport> verify(URI document) {
        CompletableFuture<VerificationReport> report = new CompletableFuture<>();
        Path folder = files.folders().resolve("verify-" + downloads.incrementAndGet());
        services.tasks().run(() -> verifyOnce(document, folder), report::complete, failure -> {
            LOG.info("Verifying {} for a page failed: {}", document, failure.toString());
            report.completeExceptionally(failure);
        });
        return report;
    }

    /** Downloads, verifies and removes the copy: a page's verification leaves nothing behind. */
    private VerificationReport verifyOnce(URI document, Path folder) throws Exception {
        Path file = files.download(document, folder, null);
        try {
            return viewer.report(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** A document was signed: when it is the request's, send it to the page's upload address and answer. */
    void signed(SignResult result) {
        Pending shown = pending.get();
        if (shown == null
                || !shown.file()
                        .toAbsolutePath()
                        .normalize()
                        .equals(result.plan().request().input().toAbsolutePath().normalize())) {
            return;
        }
        BridgeRequest request = shown.request();
        outbox.send(result.output(), destinationOf(request), sent -> shown.answer()
                .complete(outcomeOf(
                        sent, request.localFile() ? shown.file().getFileName().toString() : "")));
    }

    /** The page's upload handler, with its bearer token, cookie and MetaData fields. */
    static Destination destinationOf(BridgeRequest request) {
        return Destination.vgca(
                request.upload().toString(),
                request.uploadToken(),
                "",
                request.credentials().cookieHeader(),
                request.metaData());
    }

    /** What a page is told once its signed file went to the upload handler or into the outbox. */
    static BridgeOutcome outcomeOf(OutboxViewModel.Sent sent, String fileName) {
        return switch (sent.outcome()) {
            case DELIVERED -> new BridgeOutcome(BridgeOutcome.SIGNED, "", "delivered", sent.fileServer(), fileName);
            case QUEUED -> new BridgeOutcome(BridgeOutcome.SIGNED, sent.message(), "queued", "", fileName);
            case NOT_QUEUED -> BridgeOutcome.failed(sent.message());
        };
    }
}
