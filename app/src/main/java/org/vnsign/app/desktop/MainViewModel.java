/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vnsign.app.bridge.BridgeRequest;
import org.vnsign.app.demo.DemoToken;
import org.vnsign.app.errors.AppError;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.inbox.Actions;
import org.vnsign.app.inbox.InboxItem;
import org.vnsign.app.inbox.InboxViewModel;
import org.vnsign.app.measuring.BenchProbe;
import org.vnsign.app.outbox.OutboxViewModel;
import org.vnsign.app.placement.Box;
import org.vnsign.app.placement.PlacementViewModel;
import org.vnsign.app.preview.PdfPages;
import org.vnsign.app.preview.PreviewViewModel;
import org.vnsign.app.qlvb.QlvbDocument;
import org.vnsign.app.settings.ExampleImages;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.signatures.SignaturesViewModel;
import org.vnsign.app.tokens.TokensViewModel;
import org.vnsign.app.ui.UserErrors;
import org.vnsign.signer.verify.VerificationReport;

/**
 * The main window's composition root: it builds the panels' view models (tokens, signatures,
 * inbox, outbox, bridge) and the three parts of the window's own work, {@link OpenDocument} (the
 * document and its pages), {@link SigningViewModel} (placing and signing) and {@link ServerReturn}
 * (results going back to the document system), wires them together, and offers the view one
 * surface to bind to.
 */
public final class MainViewModel implements BenchProbe.Subject {
    private final IntegerProperty settingsAsked = new SimpleIntegerProperty();
    private final DesktopServices services;
    private final Messages messages;
    private final PreviewViewModel preview = new PreviewViewModel();
    private final PlacementViewModel placement = new PlacementViewModel();
    private final TokensViewModel tokens;
    private final SignaturesViewModel signatures;
    private final InboxViewModel inbox;
    private final OutboxViewModel outbox;
    private final DesktopSigningDesk bridge;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final OpenDocument opened;
    private final SigningViewModel signing;
    private final ServerReturn serverReturn;

    public MainViewModel(DesktopServices services) {
        this.services = services;
        this.messages = services.messages();
        this.settings.set(services.settings().load());
        this.tokens = new TokensViewModel(services.tokens(), services.tasks(), services.dialogs(), messages);
        this.signatures = new SignaturesViewModel(
                services.verifier(),
                () -> TrustFromSettings.of(settings.get(), services.demo()),
                () -> settings.get().verifyOnline(),
                services.tasks(),
                messages,
                DemoToken.ORGANISATION,
                services.scratch());
        this.inbox = new InboxViewModel(
                settings::get, services.uploaders(), services.scratch().resolve("qlvb"), services.tasks(), messages);
        this.outbox = new OutboxViewModel(
                services.outbox(),
                services.uploaders(),
                services.clock(),
                services.tasks(),
                services.dialogs(),
                messages);
        this.opened = new OpenDocument(services, preview, placement, signatures, settings, busy, status);
        this.signing = new SigningViewModel(services, opened, placement, preview, tokens, settings, busy, status);
        signing.clerk().followStampCorner(settings);
        this.serverReturn = new ServerReturn(messages, services.dialogs(), outbox, inbox, status);
        this.bridge = new DesktopSigningDesk(services, messages, outbox, new DesktopSigningDesk.Viewer() {
            @Override
            public void openRequested(Path file, BridgeRequest request, Runnable shown) {
                opened.open(file, null, () -> {
                    signing.preset(request.action(), request.documentNumber(), request.issuedDate());
                    if (!request.origin().isBlank()) {
                        status.set(messages.get(
                                "bridge.banner",
                                request.origin(),
                                file.getFileName().toString()));
                    }
                    shown.run();
                });
            }

            @Override
            public Path shownFile() {
                PdfPages shown = opened.documentProperty().get();
                return shown == null ? null : shown.file();
            }

            @Override
            public Optional<X509Certificate> chosenCertificate() {
                return tokens.chosen().map(chosen -> chosen.certificate().certificate());
            }

            @Override
            public void openSettings() {
                settingsAsked.set(settingsAsked.get() + 1);
            }

            @Override
            public VerificationReport report(Path file) throws Exception {
                return signatures.report(file);
            }

            @Override
            public Optional<TokensViewModel.Chosen> chosenSigner() {
                return tokens.chosen();
            }

            @Override
            public Settings settings() {
                return settings.get();
            }
        });
        signing.afterSigning((result, signer, action) -> {
            serverReturn.signed(result, signer, action);
            bridge.signed(result);
        });
    }

    /** Counts the times something outside the window (a page's Config call) asked for the settings. */
    public ReadOnlyIntegerProperty settingsAskedProperty() {
        return settingsAsked;
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
    public DesktopSigningDesk bridge() {
        return bridge;
    }

    @Override
    public ObjectProperty<PdfPages> documentProperty() {
        return opened.documentProperty();
    }

    public StringProperty titleProperty() {
        return opened.titleProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The number, issue date and copy form the clerk types for the agency's signatures. */
    ClerkEntries clerk() {
        return signing.clerk();
    }

    /** The pages to initial: "1-3,7", "last", or empty for every page. */
    public StringProperty initialPagesProperty() {
        return signing.initialPagesProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty cancellableProperty() {
        return signing.cancellableProperty();
    }

    /** The signature just made, outlined on its page until the next document opens. */
    public ObjectProperty<Box> highlightProperty() {
        return opened.highlightProperty();
    }

    /** The image the chosen action's appearance shows (signature, seal or initial), for the live preview. */
    public ObjectProperty<byte[]> appearanceImageProperty() {
        return signing.appearanceImageProperty();
    }

    /** The file the last signature was saved to (null before the first): "Open file", "Open folder". */
    public javafx.beans.property.ReadOnlyObjectProperty<Path> savedProperty() {
        return signing.savedProperty();
    }

    /**
     * The DEMO token's images, for Settings to show as examples; none while the token is still
     * being made (never made on the window's thread for this).
     */
    public ExampleImages demoSamples() {
        var demo = services.demo().ifReady();
        return new ExampleImages(
                demo.map(DemoToken::signatureImage), demo.map(DemoToken::sealImage), demo.map(DemoToken::initialImage));
    }

    /** A document is open but no certificate is chosen: the user must log in to a token first. */
    public BooleanBinding needsLoginProperty() {
        return signing.needsLoginProperty();
    }

    /** The placement on screen is the preview before login (planned with a stand-in certificate). */
    public ReadOnlyBooleanProperty previewOnlyProperty() {
        return signing.previewOnlyProperty();
    }

    public BooleanBinding canSignProperty() {
        return signing.canSignProperty();
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Messages messages() {
        return messages;
    }

    /** Memory the rendered pages take now (bounded by {@link PdfPages#CACHE_BYTES}). */
    @Override
    public long cacheBytes() {
        return opened.cacheBytes();
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
                    serverReturn.expect(file, document, settings.get().server());
                    opened.open(file, null, () -> {
                        signing.preset(
                                Actions.signing(document.action()).orElse(null), document.documentNumber(), null);
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

    /** Asks for a PDF and opens it. */
    /**
     * "Sign several": the user picks PDFs, looks at each, and signs them all as approvals with one
     * log-in; each signed file is kept beside its original. The status says how many were signed.
     */
    public void signSeveral() {
        List<Path> chosen = services.dialogs().chooseDocuments();
        if (!chosen.isEmpty()) {
            bridge.batches().signSeveral(chosen, status::set);
        }
    }

    public void openChosen() {
        services.dialogs().chooseDocument().ifPresent(this::open);
    }

    /** Opens {@code file} in the viewer, verifies its signatures and places the chosen action. */
    @Override
    public void open(Path file) {
        opened.open(file, null, () -> {
            signing.resetForNextDocument();
            signing.replan();
        });
    }

    /** Re-verifies the open document, e.g. after the trust anchors changed. */
    public void verifyAgain() {
        opened.verifyAgain();
    }

    /** Asks the signer where the appearance goes by itself, unless the user placed it by hand. */
    public void replan() {
        signing.replan();
    }

    /** Signs the open document with the chosen certificate, as placed on screen. */
    public void sign() {
        signing.sign();
    }

    /** Stops the signing in progress, if the token has not been used yet. */
    public void cancel() {
        signing.cancel();
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
                        file -> opened.openRevision(file, () -> {}),
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
        opened.close();
        services.tokens().close();
        bridge.removeDownloads(null);
    }
}
