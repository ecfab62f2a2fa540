/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.bridge.BridgeOutcome;
import org.vnsign.app.bridge.BridgeRequest;
import org.vnsign.app.bridge.SigningDesk;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.outbox.OutboxViewModel;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.qlvb.Downloads;
import org.vnsign.signer.SignResult;

/**
 * The desktop's side of the web bridge: a page's request is downloaded, opened in the viewer with
 * the action it asks for, and shown with the page's origin; the user signs it with the usual Sign
 * button (the PIN, if needed, is asked only then) or refuses it. The signed file goes to the
 * page's upload address through the outbox, and the page is told the outcome.
 */
public final class BridgeDesk implements SigningDesk {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeDesk.class);

    /** What the main window does for the desk: open a file with an action preset. */
    interface Viewer {
        /** Opens {@code file} with the request's action preset, then runs {@code shown}. */
        void openRequested(Path file, BridgeRequest request, Runnable shown);
    }

    private final DesktopServices services;
    private final Messages messages;
    private final OutboxViewModel outbox;
    private final Viewer viewer;
    private final ObjectProperty<Pending> pending = new SimpleObjectProperty<>();
    private final AtomicInteger downloads = new AtomicInteger();
    /** A request is being downloaded or is on screen: the next one is busy. */
    private final AtomicBoolean engaged = new AtomicBoolean();

    /** The request on screen, its downloaded file, and the page waiting for the answer. */
    public record Pending(BridgeRequest request, Path file, CompletableFuture<BridgeOutcome> answer) {}

    BridgeDesk(DesktopServices services, Messages messages, OutboxViewModel outbox, Viewer viewer) {
        this.services = services;
        this.messages = messages;
        this.outbox = outbox;
        this.viewer = viewer;
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
        answer.whenComplete((outcome, failure) -> engaged.set(false));
        services.tasks().onUi(() -> services.tasks()
                .run(
                        () -> download(request),
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
                        failure -> answer.complete(BridgeOutcome.failed(
                                messages.get("bridge.downloadFailed", String.valueOf(failure.getMessage()))))));
        return answer;
    }

    /** The user refuses the request on screen. */
    public void refuse() {
        Pending shown = pending.get();
        if (shown != null) {
            LOG.info(
                    "The user refused the signing request of {}",
                    shown.request().origin());
            shown.answer().complete(BridgeOutcome.refused(messages.get("bridge.refusedByUser")));
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
                Destination.vgca(request.upload().toString(), request.uploadToken(), ""),
                sent -> shown.answer()
                        .complete(
                                switch (sent.outcome()) {
                                    case DELIVERED ->
                                        new BridgeOutcome(BridgeOutcome.SIGNED, "", "delivered", sent.fileServer());
                                    case QUEUED ->
                                        new BridgeOutcome(BridgeOutcome.SIGNED, sent.message(), "queued", "");
                                    case NOT_QUEUED -> BridgeOutcome.failed(sent.message());
                                }));
    }

    private Path download(BridgeRequest request) throws IOException {
        Path folder = Files.createDirectories(
                services.scratch().resolve("bridge").resolve(String.valueOf(downloads.incrementAndGet())));
        String name = Downloads.safeName(Downloads.lastSegment(request.document()), "van-ban");
        Path file = folder.resolve(name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf");
        HttpRequest get = HttpRequest.newBuilder(request.document())
                .timeout(services.uploaders().timeout())
                .GET()
                .build();
        return Downloads.save(services.uploaders().client(Optional.empty()), get, file);
    }
}
