/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.bridge.BridgeRequest;
import org.vnsign.app.errors.AppError;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.inbox.Actions;
import org.vnsign.app.inbox.InboxItem;
import org.vnsign.app.inbox.InboxViewModel;
import org.vnsign.app.outbox.OutboxViewModel;
import org.vnsign.app.placement.Box;
import org.vnsign.app.placement.PlacementViewModel;
import org.vnsign.app.preview.PageCache;
import org.vnsign.app.preview.PageSize;
import org.vnsign.app.preview.PdfPages;
import org.vnsign.app.preview.PreviewViewModel;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.qlvb.QlvbDocument;
import org.vnsign.app.settings.DocumentServer;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.signatures.SignaturesViewModel;
import org.vnsign.app.signing.TokenSignatureSource;
import org.vnsign.app.tokens.TokensViewModel;
import org.vnsign.app.ui.UserError;
import org.vnsign.app.ui.UserErrors;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.SignResult;
import org.vnsign.signer.SignatureKind;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningPlan;

/**
 * The main window: the open document and its pages, the chosen action and its placement, the
 * token panel, the signature panel, and the signing flow that ties them together. Signing plans
 * first (no PIN), then logs in if the session is not yet logged in, then signs; it can be
 * cancelled until the token is used. The result opens in the viewer with the new signature
 * highlighted; it is saved next to the input and never over it.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final DesktopServices services;
    private final Messages messages;
    private final PageCache cache = new PageCache(PdfPages.CACHE_BYTES);
    private final PreviewViewModel preview = new PreviewViewModel();
    private final PlacementViewModel placement = new PlacementViewModel();
    private final TokensViewModel tokens;
    private final SignaturesViewModel signatures;
    private final InboxViewModel inbox;
    private final OutboxViewModel outbox;
    private final BridgeDesk bridge;
    /** Documents downloaded from the QLVB server, by their local file: their results go back there. */
    private final Map<Path, Returning> fromServer = new HashMap<>();

    private final SigningRequests requests;
    private final Preparation preparation;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>();
    private final ObjectProperty<PdfPages> document = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("VNSign");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringProperty initialPages = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty cancellable = new SimpleBooleanProperty();
    private final ObjectProperty<Box> highlight = new SimpleObjectProperty<>();
    private final ObjectProperty<byte[]> appearanceImage = new SimpleObjectProperty<>();
    private final BooleanBinding canSign;
    private AtomicBoolean cancelled = new AtomicBoolean();
    /** Why the last automatic placement failed, when it was not for lack of a place (a missing seal). */
    private UserError planProblem;

    private char[] password;

    public MainViewModel(DesktopServices services) {
        this.services = services;
        this.messages = services.messages();
        this.settings.set(services.settings().load());
        this.tokens = new TokensViewModel(services.tokens(), services.tasks(), services.dialogs(), messages);
        this.signatures = new SignaturesViewModel(
                services.verifier(),
                () -> Anchors.of(settings.get(), services.demo()),
                () -> settings.get().verifyOnline(),
                services.tasks(),
                messages,
                org.vnsign.app.demo.DemoToken.ORGANISATION);
        this.inbox = new InboxViewModel(
                settings::get, services.uploaders(), services.scratch().resolve("qlvb"), services.tasks(), messages);
        this.outbox = new OutboxViewModel(
                services.outbox(),
                services.uploaders(),
                services.clock(),
                services.tasks(),
                services.dialogs(),
                messages);
        this.bridge = new BridgeDesk(services, messages, outbox, new BridgeDesk.Viewer() {
            @Override
            public void openRequested(Path file, BridgeRequest request, Runnable shown) {
                open(file, null, () -> {
                    preset(request.action(), request.documentNumber());
                    status.set(messages.get(
                            "bridge.banner",
                            request.origin(),
                            file.getFileName().toString()));
                    shown.run();
                });
            }

            @Override
            public Path shownFile() {
                PdfPages shown = document.get();
                return shown == null ? null : shown.file();
            }
        });
        this.requests = new SigningRequests(placement);
        this.preparation = new Preparation(services.signer(), services.demo());
        this.canSign = Bindings.createBooleanBinding(
                () -> document.get() != null
                        && !busy.get()
                        && tokens.selectedCertificateProperty().get() != null
                        && tokens.selectedCertificateProperty().get().suitable(),
                document,
                busy,
                tokens.selectedCertificateProperty());
        placement.actionProperty().addListener((o, old, now) -> replan());
        tokens.selectedCertificateProperty().addListener((o, old, now) -> replan());
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public PlacementViewModel placement() {
        return placement;
    }

    public TokensViewModel tokens() {
        return tokens;
    }

    public SignaturesViewModel signatures() {
        return signatures;
    }

    public InboxViewModel inbox() {
        return inbox;
    }

    public OutboxViewModel outbox() {
        return outbox;
    }

    /** The web bridge's requests, as the window shows them. */
    public BridgeDesk bridge() {
        return bridge;
    }

    public ObjectProperty<PdfPages> documentProperty() {
        return document;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    /** The pages to initial: "1-3,7", "last", or empty for every page. */
    public StringProperty initialPagesProperty() {
        return initialPages;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty cancellableProperty() {
        return cancellable;
    }

    /** The signature just made, outlined on its page until the next document opens. */
    public ObjectProperty<Box> highlightProperty() {
        return highlight;
    }

    /** The image the chosen action's appearance shows (signature, seal or initial), for the live preview. */
    public ObjectProperty<byte[]> appearanceImageProperty() {
        return appearanceImage;
    }

    public BooleanBinding canSignProperty() {
        return canSign;
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Messages messages() {
        return messages;
    }

    /** Memory the rendered pages take now (bounded by {@link PdfPages#CACHE_BYTES}). */
    public long cacheBytes() {
        return cache.usedBytes();
    }

    /** Starts watching tokens, lists the inbox, and retries what the outbox kept from last time. */
    public void start() {
        tokens.start();
        inbox.refresh();
        outbox.refresh();
        outbox.retryDue();
    }

    /**
     * Opens a document from the inbox. A server document is downloaded first and opened with the
     * action the server asks for (and its document number); its signed result goes back to the
     * server through the outbox.
     */
    public void openInbox(InboxItem item) {
        inbox.fetch(
                item,
                file -> {
                    if (item.document().isEmpty()) {
                        open(file);
                        return;
                    }
                    QlvbDocument document = item.document().get();
                    fromServer.put(
                            key(file), new Returning(document, settings.get().server()));
                    open(file, null, () -> {
                        preset(Actions.signing(document.action()).orElse(null), document.documentNumber());
                        status.set(messages.get("inbox.opened", document.title()));
                    });
                },
                failure -> services.dialogs()
                        .showError(UserErrors.explained(
                                messages,
                                messages.get("inbox.downloadFailed", item.name(), String.valueOf(failure.getMessage())),
                                AppError.QLVB_DOWNLOAD_FAILED,
                                String.valueOf(failure.getMessage()))));
    }

    /** Sets the action and number a server or a page asks for, and places the appearance. */
    private void preset(SignatureKind asked, String number) {
        documentNumber.set(number);
        if (asked != null && asked != placement.actionProperty().get()) {
            placement.actionProperty().set(asked);
        } else {
            replan();
        }
    }

    /** A document from the QLVB server, and the server it goes back to. */
    private record Returning(QlvbDocument document, DocumentServer server) {}

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** Asks for a PDF and opens it. */
    public void openChosen() {
        services.dialogs().chooseDocument().ifPresent(this::open);
    }

    /** Opens {@code file} in the viewer, verifies its signatures and places the chosen action. */
    public void open(Path file) {
        open(file, null, this::replan);
    }

    /** @param then runs once the document is shown, e.g. placing the appearance or outlining a new signature */
    private void open(Path file, char[] withPassword, Runnable then) {
        if (!Files.isRegularFile(file)) {
            services.dialogs().showError(UserErrors.message(messages, messages.get("open.missing", file.toString())));
            return;
        }
        busy.set(true);
        status.set(messages.get("open.reading", file.getFileName().toString()));
        services.tasks()
                .run(
                        () -> PdfPages.open(file, withPassword, cache),
                        pages -> {
                            show(pages, withPassword);
                            then.run();
                        },
                        failure -> {
                            busy.set(false);
                            status.set("");
                            if (failure instanceof InvalidPasswordException) {
                                services.dialogs()
                                        .askPassword(file.getFileName().toString())
                                        .ifPresent(typed -> open(file, typed, then));
                            } else {
                                services.dialogs()
                                        .showError(UserErrors.message(
                                                messages,
                                                messages.get(
                                                        "open.notPdf",
                                                        file.getFileName().toString())));
                            }
                        });
    }

    private void show(PdfPages pages, char[] withPassword) {
        PdfPages old = document.get();
        if (old != null) {
            old.close();
        }
        wipePassword();
        password = withPassword;
        highlight.set(null);
        List<PageSize> sizes = pages.sizes();
        placement.reset(page -> sizes.get(Math.max(1, Math.min(page, sizes.size())) - 1));
        preview.show(sizes);
        document.set(pages);
        busy.set(false);
        title.set("VNSign — " + pages.file().getFileName());
        status.set(messages.get("open.pages", String.valueOf(pages.pageCount())));
        remember(pages.file());
        signatures.verify(pages.file(), password, () -> {});
    }

    /** Re-verifies the open document, e.g. after the trust anchors changed. */
    public void verifyAgain() {
        PdfPages pages = document.get();
        if (pages != null) {
            signatures.verify(pages.file(), password, () -> {});
        }
    }

    /** Asks the signer where the appearance goes by itself, unless the user placed it by hand. */
    public void replan() {
        PdfPages pages = document.get();
        Optional<TokensViewModel.Chosen> chosen = tokens.chosen();
        if (pages == null || chosen.isEmpty() || busy.get()) {
            return;
        }
        SignatureKind action = placement.actionProperty().get();
        Path input = pages.file();
        Settings current = settings.get();
        Appearance appearance;
        try {
            appearance = requests.automatic(action, documentNumber.get(), initialPages.get(), current);
        } catch (IllegalArgumentException e) {
            status.set(messages.get("place.badPages", initialPages.get()));
            return;
        }
        char[] secret = password;
        planProblem = null;
        services.tasks()
                .run(
                        () -> preparation.prepare(input, action, secret, appearance, current, chosen.get()),
                        prepared -> {
                            appearanceImage.set(prepared.image(action).orElse(null));
                            showPlan(action, prepared.plan());
                        },
                        failure -> {
                            LOG.info("No automatic placement: {}", failure.toString());
                            if (failure instanceof SignerException e && e.error() == SignerError.PLACEMENT_NOT_FOUND) {
                                status.set(messages.get("place.dragHint"));
                            } else {
                                planProblem = UserErrors.of(messages, failure);
                                status.set(planProblem.message());
                            }
                        });
    }

    private void showPlan(SignatureKind action, SigningPlan plan) {
        if (action != placement.actionProperty().get() || document.get() == null) {
            return;
        }
        List<PageSize> sizes = document.get().sizes();
        if (action.isBlock()) {
            plan.signatureRect()
                    .ifPresent(rect -> placement.showPlanned(
                            Boxes.of(plan.signaturePage(), rect, sizes.get(plan.signaturePage() - 1))));
            Box shown = placement.blockProperty().get();
            if (shown != null) {
                preview.goTo(shown.page());
            }
            status.set(messages.get("place.auto"));
        } else {
            List<Box> marks = new ArrayList<>();
            plan.marks().forEach((page, rect) -> marks.add(Boxes.of(page, rect, sizes.get(page - 1))));
            marks.sort((a, b) -> Integer.compare(a.page(), b.page()));
            placement.showPlannedMarks(marks);
            status.set(messages.get("place.marks", String.valueOf(marks.size())));
        }
    }

    /** Signs the open document with the chosen certificate, as placed on screen. */
    public void sign() {
        PdfPages pages = document.get();
        Optional<TokensViewModel.Chosen> chosen = tokens.chosen();
        if (pages == null || chosen.isEmpty() || busy.get()) {
            return;
        }
        SignatureKind action = placement.actionProperty().get();
        if (action.isBlock() && placement.blockProperty().get() == null) {
            services.dialogs()
                    .showError(
                            planProblem != null
                                    ? planProblem
                                    : UserErrors.message(messages, messages.get("sign.placeFirst")));
            return;
        }
        Path input = pages.file();
        Settings current = settings.get();
        Appearance appearance;
        try {
            appearance = requests.asPlaced(action, documentNumber.get(), initialPages.get(), current);
        } catch (IllegalArgumentException e) {
            services.dialogs()
                    .showError(UserErrors.message(messages, messages.get("place.badPages", initialPages.get())));
            return;
        }
        char[] secret = password;
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        busy.set(true);
        cancellable.set(true);
        status.set(messages.get("sign.preparing"));
        services.tasks()
                .run(
                        () -> {
                            SigningPlan plan = preparation
                                    .prepare(input, action, secret, appearance, current, chosen.get())
                                    .plan();
                            stopIf(stop);
                            chosen.get().token().login(chosen.get().pins());
                            stopIf(stop);
                            services.tasks().onUi(() -> {
                                cancellable.set(false);
                                status.set(messages.get("sign.signing"));
                            });
                            TokenSignatureSource source = new TokenSignatureSource(
                                    chosen.get().token(),
                                    chosen.get().certificate().key(),
                                    chosen.get().pins());
                            return services.signer().sign(plan, source);
                        },
                        result -> signed(result, chosen.get(), action),
                        failure -> {
                            busy.set(false);
                            cancellable.set(false);
                            if (failure instanceof CancellationException) {
                                status.set(messages.get("sign.cancelled"));
                                return;
                            }
                            status.set("");
                            LOG.error("Signing {} failed: {}", input.getFileName(), failure.toString());
                            services.dialogs().showError(UserErrors.of(messages, failure));
                        });
    }

    /** Stops the signing in progress, if the token has not been used yet. */
    public void cancel() {
        if (cancellable.get()) {
            cancelled.set(true);
        }
    }

    private void signed(SignResult result, TokensViewModel.Chosen signer, SignatureKind action) {
        cancellable.set(false);
        LOG.info(
                "Signed {} as {}",
                result.plan().request().input().getFileName(),
                result.output().getFileName());
        busy.set(false);
        open(result.output(), password == null ? null : Arrays.copyOf(password, password.length), () -> {
            result.plan()
                    .signatureRect()
                    .ifPresent(rect -> highlight.set(Boxes.of(
                            result.plan().signaturePage(),
                            rect,
                            document.get().sizes().get(result.plan().signaturePage() - 1))));
            if (result.plan().signaturePage() > 0) {
                preview.goTo(result.plan().signaturePage());
            }
            status.set(messages.get("sign.done", result.output().getFileName().toString()));
            returnToServer(result, signer, action);
            bridge.signed(result);
        });
    }

    /** Queues the result of a server document for its server, then uploads it; nothing if it came from elsewhere. */
    private void returnToServer(SignResult result, TokensViewModel.Chosen signer, SignatureKind action) {
        Returning returning = fromServer.get(key(result.plan().request().input()));
        if (returning == null) {
            return;
        }
        DocumentServer server = returning.server();
        Destination destination = Destination.vnsign(
                server.apiUrl(),
                server.token(),
                server.extraCa(),
                returning.document().id(),
                Actions.contract(action),
                signer.certificate().info().sha256Fingerprint(),
                Instant.now().toString());
        status.set(messages.get("upload.sending", result.output().getFileName().toString()));
        outbox.send(result.output(), destination, sent -> {
            switch (sent.outcome()) {
                case DELIVERED -> {
                    fromServer.remove(key(result.plan().request().input()));
                    status.set(
                            messages.get("upload.returned", returning.document().title()));
                    inbox.refresh();
                }
                case QUEUED -> status.set(messages.get("upload.kept", sent.message()));
                case NOT_QUEUED ->
                    services.dialogs()
                            .showError(UserErrors.explained(
                                    messages,
                                    messages.get("upload.notQueued", sent.message())
                                            .strip(),
                                    AppError.OUTBOX_NOT_QUEUED,
                                    sent.message()));
            }
        });
    }

    /** Opens what the chosen signature signed, read-only, in the viewer. */
    public void openSignedVersion() {
        var row = signatures.selectedProperty().get();
        if (row == null) {
            return;
        }
        services.tasks()
                .run(
                        () -> signatures.extractSignedVersion(row, services.scratch()),
                        this::open,
                        failure -> services.dialogs().showError(UserErrors.of(messages, failure)));
    }

    /** Stores new settings and applies them (anchors, profile, modules). */
    public void saveSettings(Settings changed) {
        try {
            services.settings().save(changed);
            settings.set(changed);
            verifyAgain();
            replan();
            inbox.refresh();
        } catch (IOException e) {
            services.dialogs().showError(UserErrors.of(messages, e));
        }
    }

    /** Closes the document and the token sessions. */
    public void shutdown() {
        PdfPages pages = document.get();
        if (pages != null) {
            pages.close();
        }
        wipePassword();
        services.tokens().close();
        bridge.removeDownloads(null);
    }

    private void remember(Path file) {
        Settings updated = settings.get().withRecent(file.toAbsolutePath().toString());
        settings.set(updated);
        try {
            services.settings().save(updated);
        } catch (IOException e) {
            LOG.warn("Could not store the recent files list", e);
        }
    }

    private static void stopIf(AtomicBoolean stop) {
        if (stop.get()) {
            throw new CancellationException("cancelled before the token was used");
        }
    }

    private void wipePassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
