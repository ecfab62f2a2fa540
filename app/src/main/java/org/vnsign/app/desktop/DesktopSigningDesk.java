/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.bridge.BridgeOutcome;
import org.vnsign.app.bridge.BridgeRequest;
import org.vnsign.app.bridge.PageCredentials;
import org.vnsign.app.bridge.SigningDesk;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.outbox.OutboxViewModel;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.qlvb.Downloads;
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
    }

    private final DesktopServices services;
    private final Messages messages;
    private final OutboxViewModel outbox;
    private final Viewer viewer;
    private final ObjectProperty<Pending> pending = new SimpleObjectProperty<>();
    private final ObjectProperty<Consent> awaiting = new SimpleObjectProperty<>();
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
        removeDownloads(null);
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
        Path folder = folders().resolve(String.valueOf(downloads.incrementAndGet()));
        Consent consent = new Consent(request, folder, answer);
        answer.whenComplete((outcome, failure) -> {
            engaged.set(false);
            services.tasks().onUi(() -> {
                if (awaiting.get() == consent) {
                    awaiting.set(null);
                }
                removeDownloads(viewer.shownFile());
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
                                ? pickLocal(consent.folder())
                                : download(request.document(), consent.folder(), request),
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
                                    failure instanceof NoFileChosen
                                            ? BridgeOutcome.refused(messages.get("bridge.noFileChosen"))
                                            : BridgeOutcome.failed(
                                                    failure instanceof NotAPdf
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
        Path folder = folders().resolve("verify-" + downloads.incrementAndGet());
        services.tasks().run(() -> verifyOnce(document, folder), report::complete, failure -> {
            LOG.info("Verifying {} for a page failed: {}", document, failure.toString());
            report.completeExceptionally(failure);
        });
        return report;
    }

    /** Downloads, verifies and removes the copy: a page's verification leaves nothing behind. */
    private VerificationReport verifyOnce(URI document, Path folder) throws Exception {
        Path file = download(document, folder, null);
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
        outbox.send(
                result.output(),
                Destination.vgca(
                        request.upload().toString(),
                        request.uploadToken(),
                        "",
                        request.credentials().cookieHeader(),
                        request.metaData()),
                sent -> {
                    String name =
                            request.localFile() ? shown.file().getFileName().toString() : "";
                    shown.answer()
                            .complete(
                                    switch (sent.outcome()) {
                                        case DELIVERED ->
                                            new BridgeOutcome(
                                                    BridgeOutcome.SIGNED, "", "delivered", sent.fileServer(), name);
                                        case QUEUED ->
                                            new BridgeOutcome(BridgeOutcome.SIGNED, sent.message(), "queued", "", name);
                                        case NOT_QUEUED -> BridgeOutcome.failed(sent.message());
                                    });
                });
    }

    /**
     * VGCA's {@code FileName: ""}: the user picks the document on this computer (the consent banner
     * still names the page that asked). A copy is signed, so the user's own file is never touched
     * and nothing outside VNSign's scratch folder is written; the page learns only the file's name.
     */
    private Path pickLocal(Path folder) throws IOException {
        Path chosen = services.dialogs().chooseDocument().orElseThrow(NoFileChosen::new);
        if (!looksLikePdf(chosen)) {
            throw new NotAPdf(chosen.toUri());
        }
        Files.createDirectories(folder);
        String name = Downloads.safeName(chosen.getFileName().toString(), "van-ban");
        Path copy = folder.resolve(name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf");
        return Files.copy(chosen, copy);
    }

    /**
     * Downloads what a page named, with the page's cookie and bearer token when {@code request}
     * carries them and the address is the page's own origin or its upload handler's.
     */
    private Path download(URI document, Path folder, BridgeRequest request) throws IOException {
        Files.createDirectories(folder);
        String name = Downloads.safeName(Downloads.lastSegment(document), "van-ban");
        Path file = folder.resolve(name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf");
        HttpRequest.Builder get = HttpRequest.newBuilder(document)
                .timeout(services.uploaders().timeout())
                .GET();
        if (request != null && request.credentialsMayGoTo(document)) {
            PageCredentials credentials = request.credentials();
            if (!credentials.cookieHeader().isEmpty()) {
                get.header("Cookie", credentials.cookieHeader());
            }
            if (!credentials.authorizationHeader().isEmpty()) {
                get.header("Authorization", credentials.authorizationHeader());
            }
        }
        Path saved = Downloads.save(services.uploaders().client(Optional.empty()), get.build(), file);
        if (!looksLikePdf(saved)) {
            throw new NotAPdf(document);
        }
        return saved;
    }

    private Path folders() {
        return services.scratch().resolve("bridge");
    }

    /**
     * Removes what was downloaded for web pages and signed from it, once their requests ended:
     * everything but {@code keep}, the file still on screen (it goes when the user opens another
     * one, or with the next request, or when VNSign closes or starts again).
     */
    void removeDownloads(Path keep) {
        Path folder = folders();
        if (!Files.exists(folder)) {
            return;
        }
        Path kept = keep == null ? null : keep.toAbsolutePath().normalize();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                Path absolute = path.toAbsolutePath().normalize();
                if (kept != null && (kept.equals(absolute) || kept.startsWith(absolute))) {
                    return;
                }
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.debug("Could not remove {} now; it goes at the next start", path, e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Could not remove {} now; it goes at the next start", folder, e);
        }
    }

    /** A PDF starts with "%PDF-" within its first kilobyte (ISO 32000 allows bytes before it). */
    private static boolean looksLikePdf(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.contains("%PDF-");
        }
    }

    /** The user closed the file chooser a page's {@code FileName: ""} opened. */
    private static final class NoFileChosen extends IOException {
        private static final long serialVersionUID = 1L;

        NoFileChosen() {
            super("no file chosen");
        }
    }

    /** What a page asked to sign is not a PDF (VGCA's SignFile can name any file): answered at once. */
    private static final class NotAPdf extends IOException {
        private static final long serialVersionUID = 1L;

        NotAPdf(URI document) {
            super("not a PDF: " + document);
        }
    }
}
