/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signatures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.placement.Box;
import org.vnsign.app.ui.BackgroundTasks;
import org.vnsign.app.ui.UserErrors;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.verify.Change;
import org.vnsign.signer.verify.DocumentVerifier;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.Reason;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;

/**
 * The signature panel: verifies the open document in the background with signer-core's verifier
 * (the verdict of the verification issue, not a second implementation) and shows one line per
 * signature, the file's verdict, and the details of the chosen one.
 */
public final class SignaturesViewModel {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final Logger LOG = LoggerFactory.getLogger(SignaturesViewModel.class);
    private final DocumentVerifier verifier;
    private final Supplier<TrustAnchors> anchors;
    private final BooleanSupplier online;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String demoOrganisation;
    private final ObservableList<SignatureRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SignatureRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<SignatureStatus> fileStatus = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty verifying = new SimpleBooleanProperty();
    private final ObservableSet<Integer> changedPages = FXCollections.observableSet(new TreeSet<>());
    private final ObservableMap<Integer, Box> changedAreas = FXCollections.observableHashMap();
    private final Path scratch;
    private Path file;
    private char[] password;

    /**
     * @param anchors read at every verification (the user may add anchors in the settings)
     * @param online whether to ask OCSP and CRL servers when the file has no revocation data
     * @param demoOrganisation the demo certificates' organisation, to label their signatures
     * @param scratch where a changed file's signed revision is written to be rendered beside it
     */
    public SignaturesViewModel(
            DocumentVerifier verifier,
            Supplier<TrustAnchors> anchors,
            BooleanSupplier online,
            BackgroundTasks tasks,
            Messages messages,
            String demoOrganisation,
            Path scratch) {
        this.scratch = scratch;
        this.verifier = verifier;
        this.anchors = anchors;
        this.online = online;
        this.tasks = tasks;
        this.messages = messages;
        this.demoOrganisation = demoOrganisation;
    }

    /** The area of each changed page that looks different from what was signed, in points. */
    public ObservableMap<Integer, Box> changedAreas() {
        return changedAreas;
    }

    public ObservableList<SignatureRow> rows() {
        return rows;
    }

    public ObjectProperty<SignatureRow> selectedProperty() {
        return selected;
    }

    /** The file's verdict; null while there is no document or nothing verified yet. */
    public ObjectProperty<SignatureStatus> fileStatusProperty() {
        return fileStatus;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty verifyingProperty() {
        return verifying;
    }

    /** Verifies {@code pdf} (offline) and shows the result; {@code then} runs once the rows are shown. */
    public void verify(Path pdf, char[] password, Runnable then) {
        file = pdf;
        this.password = password;
        rows.clear();
        fileStatus.set(null);
        changedPages.clear();
        changedAreas.clear();
        summary.set(messages.get("signatures.verifying"));
        verifying.set(true);
        VerifyRequest request = VerifyRequest.of(pdf).withAnchors(anchors.get()).withOnline(online.getAsBoolean());
        VerifyRequest withPassword = password == null ? request : request.withPassword(password);
        tasks.run(
                () -> verifier.verify(withPassword),
                report -> {
                    if (pdf.equals(file)) {
                        show(report);
                        then.run();
                    }
                },
                failure -> {
                    verifying.set(false);
                    summary.set(UserErrors.of(messages, failure).message());
                });
    }

    /** Verifies {@code pdf} (offline, the same trust) without showing it: for a page's VerifyPDF call. */
    public VerificationReport report(Path pdf) throws SignerException {
        return verifier.verify(VerifyRequest.of(pdf).withAnchors(anchors.get()));
    }

    /**
     * Writes the revision the chosen signature signed to a temporary file, for the viewer.
     *
     * @return the file to open
     */
    public Path extractSignedVersion(SignatureRow row, Path folder) throws IOException, SignerException {
        Files.createDirectories(folder);
        Path out = OutputFiles.defaultOutput(file, "revision-" + row.index(), folder);
        verifier.extractRevision(file, row.index(), out, true);
        out.toFile().deleteOnExit();
        return out;
    }

    /**
     * The pages a change after signing altered that the rules do not allow: the viewer outlines
     * them in red, so the reader sees where, not only that.
     */
    public ObservableSet<Integer> changedPages() {
        return changedPages;
    }

    private void show(VerificationReport report) {
        verifying.set(false);
        for (SignatureReport signature : report.signatures()) {
            for (Change change : signature.changes()) {
                if (!change.allowed()) {
                    change.page().ifPresent(changedPages::add);
                }
            }
        }
        List<SignatureRow> shown = new ArrayList<>();
        for (SignatureReport signature : report.signatures()) {
            shown.add(row(signature));
        }
        for (SignatureReport timestamp : report.timestamps()) {
            shown.add(row(timestamp));
        }
        rows.setAll(shown);
        if (shown.isEmpty()) {
            fileStatus.set(null);
            summary.set(messages.get("signatures.none"));
            return;
        }
        SignatureStatus overall = report.modifiedAfterSigning() && report.verdict() != Indication.INVALID
                ? SignatureStatus.MODIFIED
                : status(report.verdict());
        boolean demo = shown.stream().anyMatch(SignatureRow::demo);
        if (demo && overall == SignatureStatus.VALID) {
            // Green only for a chain anyone could trust: the DEMO root is trusted on this machine alone.
            fileStatus.set(SignatureStatus.DEMO);
            summary.set(messages.get("signatures.demoHeadline") + " "
                    + report.summary().in(locale()));
            return;
        }
        fileStatus.set(overall);
        summary.set(report.summary().in(locale()));
        if (overall == SignatureStatus.MODIFIED) {
            shown.stream()
                    .filter(row -> row.status() == SignatureStatus.MODIFIED)
                    .findFirst()
                    .ifPresent(this::outlineWhatChanged);
        }
    }

    /** Renders what {@code row} signed and what is shown now, and outlines where they differ. */
    private void outlineWhatChanged(SignatureRow row) {
        Path shownFile = file;
        char[] secret = password;
        tasks.run(
                () -> ChangedAreas.between(extractSignedVersion(row, scratch), shownFile, secret),
                areas -> {
                    if (shownFile.equals(file)) {
                        changedAreas.putAll(areas);
                        changedPages.addAll(areas.keySet());
                    }
                },
                failure -> LOG.debug("The changed areas of {} cannot be drawn", shownFile, failure));
    }

    private SignatureRow row(SignatureReport report) {
        List<String> warnings = new ArrayList<>();
        for (Change change : report.changes()) {
            if (!change.allowed()) {
                warnings.add(
                        messages.get("signatures.changed", change.description().in(locale())));
            }
        }
        for (Reason note : report.notes()) {
            warnings.add(note.in(locale()));
        }
        // A change after signing that the rules do not allow is red, never a harmless-looking amber:
        // what the reader sees is not what was signed (a changed page, an unreadable tail, or a file
        // that other readers show differently).
        SignatureStatus status = report.modifiedAfterSigning() && report.indication() != Indication.INVALID
                ? SignatureStatus.MODIFIED
                : status(report.indication());
        String time = report.signingTime()
                .map(t -> report.timeProven()
                        ? messages.get("signatures.timeProven", TIME.format(t))
                        : messages.get("signatures.timeClaimed", TIME.format(t)))
                .orElse("");
        boolean demo = report.certificate()
                .map(c -> c.subject().contains(demoOrganisation))
                .orElse(false);
        if (demo && status == SignatureStatus.VALID) {
            status = SignatureStatus.DEMO;
        }
        return new SignatureRow(
                report.index(),
                status,
                messages.get("signatures.status." + status.name()),
                report.signer(),
                time,
                report.level().map(Object::toString).orElse(report.type().name()),
                report.statedReason()
                        .map(stated -> report.reason().in(locale()) + "\n" + stated)
                        .orElse(report.reason().in(locale())),
                warnings,
                report.pages().isEmpty() ? 0 : report.pages().get(0),
                details(report, status),
                demo);
    }

    /** The details, worded as the list words the row: the same verdict, the ETSI code after it for support. */
    private String details(SignatureReport report, SignatureStatus status) {
        StringBuilder text = new StringBuilder();
        text.append(messages.get(
                "signatures.details.indication",
                messages.get("signatures.status." + status.name())
                        + " (" + report.indication().name()
                        + report.subIndication().map(s -> " / " + s.name()).orElse("") + ")"));
        text.append('\n').append(report.reason().in(locale()));
        report.statedReason().ifPresent(stated -> text.append("\n\n")
                .append(messages.get("signatures.details.statedReason", stated)));
        report.certificate().ifPresent(certificate -> {
            text.append("\n\n").append(messages.get("signatures.details.subject", certificate.subject()));
            text.append('\n').append(messages.get("signatures.details.issuer", certificate.issuer()));
            text.append('\n').append(messages.get("signatures.details.serial", certificate.serialNumber()));
            text.append('\n')
                    .append(messages.get(
                            "signatures.details.validity",
                            TIME.format(certificate.notBefore()),
                            TIME.format(certificate.notAfter())));
            text.append('\n').append(messages.get("signatures.details.sha256", certificate.sha256()));
        });
        text.append("\n\n").append(messages.get("signatures.details.field", report.fieldName()));
        for (Change change : report.changes()) {
            text.append('\n')
                    .append(change.allowed() ? "✓ " : "✗ ")
                    .append(change.description().in(locale()));
        }
        for (Reason note : report.notes()) {
            text.append("\n• ").append(note.in(locale()));
        }
        return text.toString();
    }

    /** Shows the chosen signature's details (the "Copy details" dialog). */
    public String detailsOfSelected() {
        SignatureRow row = selected.get();
        return row == null ? "" : row.details();
    }

    private static SignatureStatus status(Indication indication) {
        return switch (indication) {
            case VALID -> SignatureStatus.VALID;
            case INDETERMINATE -> SignatureStatus.INDETERMINATE;
            case INVALID -> SignatureStatus.INVALID;
        };
    }

    private Locale locale() {
        return messages.locale();
    }
}
