/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.placement.Box;
import org.vnsign.app.placement.PlacementViewModel;
import org.vnsign.app.preview.PageSize;
import org.vnsign.app.preview.PdfPages;
import org.vnsign.app.preview.PreviewViewModel;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.signing.OutputNames;
import org.vnsign.app.signing.SignedDocument;
import org.vnsign.app.tokens.TokensViewModel;
import org.vnsign.app.ui.UserError;
import org.vnsign.app.ui.UserErrors;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.SignResult;
import org.vnsign.signer.SignatureKind;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.verify.SignerCheck;

/**
 * Signing the open document as placed on screen. Placement first: the signer is asked where the
 * appearance goes by itself (no PIN), unless the user placed it by hand. Then signing plans again
 * from what is on screen, logs in if the session is not yet logged in, and signs; it can be
 * cancelled until the token is used. The result is saved next to the input and never over it.
 */
public final class SigningViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SigningViewModel.class);

    private final DesktopServices services;
    private final Messages messages;
    private final OpenDocument opened;
    private final PlacementViewModel placement;
    private final PreviewViewModel preview;
    private final TokensViewModel tokens;
    private final ObjectProperty<Settings> settings;
    private final BooleanProperty busy;
    private final StringProperty status;
    private final RequestFromScreen requests;
    private final SigningPreparation preparation;
    private final ClerkEntries clerk = new ClerkEntries();
    private final StringProperty initialPages = new SimpleStringProperty("");
    private final BooleanProperty cancellable = new SimpleBooleanProperty();
    private final ObjectProperty<byte[]> appearanceImage = new SimpleObjectProperty<>();
    private final BooleanBinding canSign;
    private final BooleanBinding needsLogin;
    private final ObjectProperty<Path> saved = new SimpleObjectProperty<>();
    /** The placement shown is the preview before login, planned with the stand-in certificate. */
    private final BooleanProperty previewOnly = new SimpleBooleanProperty();

    private AtomicBoolean cancelled = new AtomicBoolean();
    /** Why the last automatic placement failed, when it was not for lack of a place (a missing seal). */
    private UserError planProblem;

    /** What happens once a signature is made and its file is shown: the server return, the bridge's answer. */
    interface AfterSigning {
        void signed(SignResult result, TokensViewModel.Chosen signer, SignatureKind action);
    }

    private AfterSigning after = (result, signer, action) -> {};

    SigningViewModel(
            DesktopServices services,
            OpenDocument opened,
            PlacementViewModel placement,
            PreviewViewModel preview,
            TokensViewModel tokens,
            ObjectProperty<Settings> settings,
            BooleanProperty busy,
            StringProperty status) {
        this.services = services;
        this.messages = services.messages();
        this.opened = opened;
        this.placement = placement;
        this.preview = preview;
        this.tokens = tokens;
        this.settings = settings;
        this.busy = busy;
        this.status = status;
        this.requests = new RequestFromScreen(placement);
        this.preparation = new SigningPreparation(services.signing(), services.demo());
        ObjectProperty<PdfPages> document = opened.documentProperty();
        this.canSign = Bindings.createBooleanBinding(
                () -> document.get() != null
                        && !opened.revisionShownProperty().get()
                        && !busy.get()
                        && tokens.selectedCertificateProperty().get() != null
                        && tokens.selectedCertificateProperty().get().suitable(),
                document,
                opened.revisionShownProperty(),
                busy,
                tokens.selectedCertificateProperty());
        this.needsLogin = Bindings.createBooleanBinding(
                () -> document.get() != null
                        && tokens.selectedCertificateProperty().get() == null,
                document,
                tokens.selectedCertificateProperty());
        placement.actionProperty().addListener((o, old, now) -> replan());
        tokens.selectedCertificateProperty().addListener((o, old, now) -> replan());
        clerk.issuedDateProperty().addListener((o, old, now) -> replan());
        clerk.copyFormProperty().addListener((o, old, now) -> replan());
    }

    /** Sets what happens after each signature (wired once by the window's composition root). */
    void afterSigning(AfterSigning then) {
        this.after = then;
    }

    /** The number, issue date and copy form the clerk types. */
    ClerkEntries clerk() {
        return clerk;
    }

    StringProperty initialPagesProperty() {
        return initialPages;
    }

    BooleanProperty cancellableProperty() {
        return cancellable;
    }

    ObjectProperty<byte[]> appearanceImageProperty() {
        return appearanceImage;
    }

    BooleanBinding canSignProperty() {
        return canSign;
    }

    /** The file the last signature was saved to, for "Open file" and "Open folder"; null before. */
    ObjectProperty<Path> savedProperty() {
        return saved;
    }

    /** True while what is placed on screen is the preview before login, not yet the plan for a certificate. */
    BooleanProperty previewOnlyProperty() {
        return previewOnly;
    }

    BooleanBinding needsLoginProperty() {
        return needsLogin;
    }

    /**
     * Each document starts as an approval with no number: the action chosen for the last one
     * (initials, say) must not carry over to a letter the leader means to approve.
     */
    void resetForNextDocument() {
        placement.actionProperty().set(SignatureKind.APPROVAL);
        clerk.reset();
    }

    /** Sets the action, number and issue date a server or a page asks for, and places the appearance. */
    void preset(SignatureKind asked, String number, java.time.LocalDate issuedDate) {
        clerk.preset(number, issuedDate);
        if (asked != null && asked != placement.actionProperty().get()) {
            placement.actionProperty().set(asked);
        } else {
            replan();
        }
    }

    /** Asks the signer where the appearance goes by itself, unless the user placed it by hand. */
    void replan() {
        PdfPages pages = opened.documentProperty().get();
        Optional<TokensViewModel.Chosen> chosen = tokens.chosen();
        if (pages == null || busy.get()) {
            return;
        }
        SignatureKind action = placement.actionProperty().get();
        Path input = pages.file();
        Settings current = settings.get();
        Appearance appearance;
        try {
            appearance = requests.automatic(action, clerk.values(), initialPages.get(), current);
        } catch (IllegalArgumentException e) {
            status.set(messages.get("place.badPages", initialPages.get()));
            return;
        }
        char[] secret = opened.password();
        planProblem = null;
        if (chosen.isEmpty()) {
            previewBeforeLogin(input, action, secret, appearance, current);
            return;
        }
        services.tasks()
                .run(
                        () -> preparation.prepare(
                                input, action, secret, appearance, current, chosen.get(), Optional.empty()),
                        prepared -> {
                            appearanceImage.set(prepared.image(action).orElse(null));
                            previewOnly.set(false);
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

    /**
     * Before login the marks are shown where they will go (issue 21), planned with a stand-in
     * certificate; a failure is not reported, the log-in hint stays the call to action.
     */
    private void previewBeforeLogin(
            Path input, SignatureKind action, char[] secret, Appearance appearance, Settings current) {
        services.tasks()
                .run(
                        () -> preparation.previewBeforeLogin(input, action, secret, appearance, current),
                        plan -> plan.filter(p -> tokens.chosen().isEmpty()).ifPresent(p -> {
                            previewOnly.set(true);
                            showPlan(action, p);
                        }),
                        failure -> LOG.debug("No preview before login: {}", failure.toString()));
    }

    private void showPlan(SignatureKind action, SigningPlan plan) {
        PdfPages pages = opened.documentProperty().get();
        if (action != placement.actionProperty().get() || pages == null) {
            return;
        }
        List<PageSize> sizes = pages.sizes();
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
    void sign() {
        PdfPages pages = opened.documentProperty().get();
        Optional<TokensViewModel.Chosen> chosen = tokens.chosen();
        if (pages == null
                || chosen.isEmpty()
                || busy.get()
                || opened.revisionShownProperty().get()) {
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
            appearance = requests.asPlaced(action, clerk.values(), initialPages.get(), current);
        } catch (IllegalArgumentException e) {
            services.dialogs()
                    .showError(UserErrors.message(messages, messages.get("place.badPages", initialPages.get())));
            return;
        }
        Optional<Path> output = Optional.empty();
        Path folder = Optional.ofNullable(current.outputFolderFor(input))
                .orElse(input.toAbsolutePath().getParent());
        if (folder == null || !services.writableFolder().test(folder)) {
            // Nothing is lost to a read-only folder: the user picks where the signed file goes.
            String suggested = OutputNames.free(input, RequestFromScreen.suffix(action))
                    .getFileName()
                    .toString();
            output = services.dialogs().chooseSaveLocation(suggested);
            if (output.isEmpty()) {
                status.set(messages.get("sign.readOnlyFolder", String.valueOf(folder)));
                return;
            }
        }
        Optional<Path> chosenOutput = output;
        char[] secret = opened.password();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        busy.set(true);
        cancellable.set(true);
        status.set(messages.get("sign.preparing"));
        services.tasks()
                .run(
                        () -> {
                            SigningPreparation.Prepared prepared = preparation.prepare(
                                    input, action, secret, appearance, current, chosen.get(), chosenOutput);
                            stopIf(stop);
                            chosen.get().token().login(chosen.get().pins());
                            stopIf(stop);
                            services.tasks().onUi(() -> {
                                cancellable.set(false);
                                status.set(messages.get("sign.signing"));
                            });
                            return services.signing()
                                    .sign(
                                            prepared.plan(),
                                            prepared.signer(),
                                            chosen.get().token(),
                                            chosen.get().pins());
                        },
                        result -> signed(result, chosen.get(), action),
                        failed(input));
    }

    private Consumer<Exception> failed(Path input) {
        return failure -> {
            busy.set(false);
            cancellable.set(false);
            if (failure instanceof CancellationException) {
                status.set(messages.get("sign.cancelled"));
                return;
            }
            status.set("");
            LOG.error("Signing {} failed: {}", input.getFileName(), failure.toString());
            services.dialogs().showError(UserErrors.of(messages, failure));
        };
    }

    /** Stops the signing in progress, if the token has not been used yet. */
    void cancel() {
        if (cancellable.get()) {
            cancelled.set(true);
        }
    }

    private void signed(SignedDocument signedDocument, TokensViewModel.Chosen signer, SignatureKind action) {
        SignResult result = signedDocument.result();
        boolean unchecked = signedDocument.check().revocation() == SignerCheck.Revocation.NOT_CHECKED;
        cancellable.set(false);
        LOG.info(
                "Signed {} as {}",
                result.plan().request().input().getFileName(),
                result.output().getFileName());
        busy.set(false);
        opened.open(result.output(), opened.passwordCopy(), () -> {
            result.plan().signatureRect().ifPresent(rect -> opened.highlightProperty()
                    .set(Boxes.of(
                            result.plan().signaturePage(),
                            rect,
                            opened.documentProperty()
                                    .get()
                                    .sizes()
                                    .get(result.plan().signaturePage() - 1))));
            if (result.plan().signaturePage() > 0) {
                preview.goTo(result.plan().signaturePage());
            }
            saved.set(result.output().toAbsolutePath());
            String saved = result.output().toAbsolutePath().toString();
            status.set(unchecked ? messages.get("sign.doneNotChecked", saved) : messages.get("sign.done", saved));
            after.signed(result, signer, action);
        });
    }

    private static void stopIf(AtomicBoolean stop) {
        if (stop.get()) {
            throw new CancellationException("cancelled before the token was used");
        }
    }
}
