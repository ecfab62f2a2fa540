/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.bridge.BatchOutcome;
import org.vnsign.app.bridge.BatchRequest;
import org.vnsign.app.bridge.BridgeOutcome;
import org.vnsign.app.bridge.BridgeRequest;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.outbox.OutboxViewModel;
import org.vnsign.app.qlvb.Downloads;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.tokens.TokensViewModel;
import org.vnsign.app.ui.UserErrors;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.Placement;
import org.vnsign.signer.SignatureKind;

/**
 * A page's batch (VGCA's SignFiles) in the window: the user agrees to fetch it, looks at each
 * document in the viewer (every one must have been shown before the button works), and signs them
 * all with one button and one log-in (the PIN is asked at
 * most once, and never again after a wrong or cancelled one). Each file gets the approval placed by
 * VNSign, is read again after signing like any other, goes to the page's upload handler through the
 * outbox, and has its own outcome; one file that cannot be signed does not stop the others.
 */
final class BatchDesk {
    private static final Logger LOG = LoggerFactory.getLogger(BatchDesk.class);

    /** A batch waiting for the user's agreement to fetch its documents. */
    record Consent(BatchRequest batch, Path folder, CompletableFuture<BatchOutcome> answer) {}

    /**
     * A fetched batch on screen: its files in the page's order, the one shown, and which have been
     * shown so far (all must have been before they can be signed: nothing is signed unseen).
     */
    record Shown(
            BatchRequest batch,
            List<Path> files,
            int index,
            Set<Integer> seen,
            CompletableFuture<BatchOutcome> answer) {
        Shown {
            seen = Set.copyOf(seen);
        }

        /** The same batch with document {@code next} shown. */
        Shown showing(int next) {
            Set<Integer> now = new HashSet<>(seen);
            now.add(next);
            return new Shown(batch, files, next, now, answer);
        }

        /** Whether every document of the batch has been on screen. */
        boolean allSeen() {
            return seen.size() == files.size();
        }
    }

    private final DesktopServices services;
    private final Messages messages;
    private final OutboxViewModel outbox;
    private final RequestedFiles files;
    private final DesktopSigningDesk.Viewer window;
    private final AtomicBoolean engaged;
    private final SigningPreparation preparation;
    private final AtomicInteger batches = new AtomicInteger();
    private final ObjectProperty<Consent> awaiting = new SimpleObjectProperty<>();
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();
    private final BooleanProperty signing = new SimpleBooleanProperty();

    BatchDesk(
            DesktopServices services,
            OutboxViewModel outbox,
            RequestedFiles files,
            DesktopSigningDesk.Viewer window,
            AtomicBoolean engaged) {
        this.services = services;
        this.messages = services.messages();
        this.outbox = outbox;
        this.files = files;
        this.window = window;
        this.engaged = engaged;
        this.preparation = new SigningPreparation(services.signing(), services.demo());
    }

    ObjectProperty<Consent> awaitingProperty() {
        return awaiting;
    }

    ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    /** Whether "Sign all" can be pressed: every document was shown, and the batch is not being signed. */
    BooleanBinding canSignAll() {
        return Bindings.createBooleanBinding(
                () -> shown.get() != null && shown.get().allSeen() && !signing.get(), shown, signing);
    }

    /** The batch is being signed and sent: its buttons wait. */
    BooleanProperty signingProperty() {
        return signing;
    }

    CompletableFuture<BatchOutcome> offer(BatchRequest batch) {
        if (!engaged.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(BatchOutcome.whole(BridgeOutcome.busy()));
        }
        CompletableFuture<BatchOutcome> answer = answered();
        Consent consent = new Consent(batch, files.folders().resolve("batch-" + batches.incrementAndGet()), answer);
        services.tasks().onUi(() -> {
            if (!answer.isDone()) {
                awaiting.set(consent);
            }
        });
        return answer;
    }

    /**
     * The user's own files to sign one after the other ("Sign several"): shown at once, the first
     * on screen; signed beside each file, nothing sent anywhere.
     */
    CompletableFuture<BatchOutcome> offerLocal(List<Path> paths) {
        if (!engaged.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(BatchOutcome.whole(BridgeOutcome.busy()));
        }
        CompletableFuture<BatchOutcome> answer = answered();
        services.tasks()
                .onUi(() -> show(new Shown(BatchRequest.local(paths), List.copyOf(paths), 0, Set.of(0), answer)));
        return answer;
    }

    /**
     * "Sign several" from the toolbar: {@link #offerLocal}, then how many were signed for the status
     * bar ({@code status}, called on the window's thread), and the first failure in a dialog.
     */
    void signSeveral(List<Path> paths, Consumer<String> status) {
        offerLocal(paths).thenAccept(outcome -> services.tasks().onUi(() -> {
            if (outcome.files().isEmpty()) {
                status.accept(outcome.whole().message());
                return;
            }
            long done = outcome.files().stream().filter(BatchDesk::signed).count();
            status.accept(messages.get(
                    "batch.signed",
                    String.valueOf(done),
                    String.valueOf(outcome.files().size())));
            outcome.files().stream().filter(file -> !signed(file)).findFirst().ifPresent(failed -> services.dialogs()
                    .showError(UserErrors.message(
                            messages,
                            messages.get(
                                    "batch.failed",
                                    failed.fileName(),
                                    failed.outcome().message()))));
        }));
    }

    private static boolean signed(BatchOutcome.FileOutcome file) {
        return file.outcome().status().equals(BridgeOutcome.SIGNED);
    }

    /** A batch's answer that, once given, frees the desk and takes the batch off the screen. */
    private CompletableFuture<BatchOutcome> answered() {
        CompletableFuture<BatchOutcome> answer = new CompletableFuture<>();
        answer.whenComplete((outcome, failure) -> {
            engaged.set(false);
            services.tasks().onUi(() -> {
                if (awaiting.get() != null && awaiting.get().answer() == answer) {
                    awaiting.set(null);
                }
                if (shown.get() != null && shown.get().answer() == answer) {
                    shown.set(null);
                }
                signing.set(false);
            });
        });
        return answer;
    }

    /** The user agrees to fetch the batch: every document is downloaded, the first one shown. */
    void accept() {
        Consent consent = awaiting.get();
        if (consent == null) {
            return;
        }
        awaiting.set(null);
        BatchRequest batch = consent.batch();
        services.tasks()
                .run(
                        () -> {
                            List<Path> fetched = new ArrayList<>();
                            for (BatchRequest.File file : batch.files()) {
                                Path folder = consent.folder().resolve(String.valueOf(fetched.size() + 1));
                                fetched.add(files.download(file.address(), folder, batch.single(file)));
                            }
                            return fetched;
                        },
                        fetched -> show(new Shown(batch, fetched, 0, Set.of(0), consent.answer())),
                        failure -> {
                            LOG.warn("Downloading a batch asked by {} failed", batch.origin(), failure);
                            consent.answer()
                                    .complete(BatchOutcome.whole(BridgeOutcome.failed(
                                            failure instanceof RequestedFiles.NotAPdf
                                                    ? messages.get("bridge.notPdf")
                                                    : messages.get("bridge.downloadFailed"))));
                        });
    }

    /** Shows the batch's next document (after the last, the first again). */
    void showNext() {
        Shown now = shown.get();
        if (now != null) {
            show(now.showing((now.index() + 1) % now.files().size()));
        }
    }

    private void show(Shown next) {
        BatchRequest.File file = next.batch().files().get(next.index());
        window.openRequested(next.files().get(next.index()), next.batch().single(file), () -> shown.set(next));
    }

    /** The user refuses the batch, before or after looking at it. */
    void refuse() {
        Consent asked = awaiting.get();
        if (asked != null) {
            awaiting.set(null);
            asked.answer().complete(BatchOutcome.whole(BridgeOutcome.refused(messages.get("bridge.refusedByUser"))));
            return;
        }
        Shown now = shown.get();
        if (now != null && !signing.get()) {
            now.answer().complete(BatchOutcome.whole(BridgeOutcome.refused(messages.get("bridge.refusedByUser"))));
        }
    }

    /** Signs every document of the batch on screen with the chosen certificate, then sends each. */
    void signAll() {
        Shown now = shown.get();
        Optional<TokensViewModel.Chosen> chosen = window.chosenSigner();
        if (now == null || signing.get() || !now.allSeen()) {
            return;
        }
        if (chosen.isEmpty()) {
            services.dialogs().showError(UserErrors.message(messages, messages.get("bridge.batchLogInFirst")));
            return;
        }
        Settings settings = window.settings();
        signing.set(true);
        services.tasks()
                .run(() -> signEach(now, chosen.get(), settings), signed -> send(now, signed), failure -> now.answer()
                        .complete(BatchOutcome.whole(BridgeOutcome.failed(
                                UserErrors.of(messages, failure).message()))));
    }

    /** One file's signing: the signed file, or why it could not be signed. */
    private record Signed(BatchRequest.File file, Path output, String problem) {}

    /**
     * Signs the files in order on this (background) thread. The token is logged in once, before
     * the first signature: a wrong or cancelled PIN ends the whole batch, never retried.
     */
    private List<Signed> signEach(Shown batch, TokensViewModel.Chosen chosen, Settings settings) throws Exception {
        List<Signed> results = new ArrayList<>();
        boolean loggedIn = false;
        for (int i = 0; i < batch.files().size(); i++) {
            BatchRequest.File file = batch.batch().files().get(i);
            Path input = batch.files().get(i);
            SigningPreparation.Prepared prepared;
            try {
                prepared = preparation.prepare(
                        input,
                        SignatureKind.APPROVAL,
                        null,
                        new Appearance.Approval(Placement.auto()),
                        settings,
                        chosen,
                        Optional.empty());
            } catch (Exception e) {
                results.add(new Signed(file, null, UserErrors.of(messages, e).message()));
                continue;
            }
            if (!loggedIn) {
                chosen.token().login(chosen.pins());
                loggedIn = true;
            }
            try {
                Path output = services.signing()
                        .sign(prepared.plan(), prepared.signer(), chosen.token(), chosen.pins())
                        .result()
                        .output();
                results.add(new Signed(file, output, ""));
            } catch (Exception e) {
                LOG.warn("Signing {} of a batch failed: {}", input.getFileName(), e.toString());
                results.add(new Signed(file, null, UserErrors.of(messages, e).message()));
            }
        }
        return results;
    }

    /** Sends every signed file to the page's upload handler and answers when all are delivered or queued. */
    private void send(Shown batch, List<Signed> signed) {
        List<CompletableFuture<BatchOutcome.FileOutcome>> outcomes = new ArrayList<>();
        for (Signed one : signed) {
            String segment = Downloads.lastSegment(one.file().address());
            String name = segment.isBlank() ? one.file().id() : segment;
            CompletableFuture<BatchOutcome.FileOutcome> outcome = new CompletableFuture<>();
            outcomes.add(outcome);
            if (one.output() == null) {
                outcome.complete(
                        new BatchOutcome.FileOutcome(one.file().id(), name, BridgeOutcome.failed(one.problem())));
                continue;
            }
            if (batch.batch().local()) {
                outcome.complete(new BatchOutcome.FileOutcome(
                        one.file().id(), one.output().toString(), new BridgeOutcome(BridgeOutcome.SIGNED, "", "", "")));
                continue;
            }
            BridgeRequest request = batch.batch().single(one.file());
            outbox.send(
                    one.output(),
                    DesktopSigningDesk.destinationOf(request),
                    sent -> outcome.complete(new BatchOutcome.FileOutcome(
                            one.file().id(), name, DesktopSigningDesk.outcomeOf(sent, ""))));
        }
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).thenRun(() -> {
            List<BatchOutcome.FileOutcome> files =
                    outcomes.stream().map(CompletableFuture::join).toList();
            long done = files.stream().filter(BatchDesk::signed).count();
            BridgeOutcome whole = done == files.size()
                    ? new BridgeOutcome(BridgeOutcome.SIGNED, "", "", "")
                    : BridgeOutcome.failed(
                            messages.get("bridge.batchPartly", String.valueOf(done), String.valueOf(files.size())));
            batch.answer().complete(new BatchOutcome(whole, files));
        });
    }
}
