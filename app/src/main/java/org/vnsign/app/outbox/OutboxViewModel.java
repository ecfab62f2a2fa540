/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.outbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.qlvb.UploadResult;
import org.vnsign.app.qlvb.Uploader;
import org.vnsign.app.ui.BackgroundTasks;
import org.vnsign.app.ui.DialogService;
import org.vnsign.app.ui.UserErrors;

/**
 * The pending uploads: every signed file the document system has not acknowledged yet, with why
 * the last attempt failed. Files are queued before the first attempt, retried automatically while
 * the app runs (each at its backoff time) and at the next start, and the user can retry one now,
 * save a copy elsewhere, or remove it after being told what that means. Nothing here deletes a
 * file the server has not stored unless the user confirms.
 */
public final class OutboxViewModel {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** What became of a file handed to {@link #send}. */
    public enum Outcome {
        DELIVERED,
        QUEUED,
        NOT_QUEUED
    }

    private final Outbox outbox;
    private final OutboxDelivery delivery;
    private final Clock clock;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<PendingUpload> pending = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final AtomicBoolean retrying = new AtomicBoolean();

    public OutboxViewModel(
            Outbox outbox,
            Uploader uploader,
            Clock clock,
            BackgroundTasks tasks,
            DialogService dialogs,
            Messages messages) {
        this.outbox = outbox;
        this.delivery = new OutboxDelivery(outbox, uploader, clock);
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public ObservableList<PendingUpload> pending() {
        return pending;
    }

    /** The outcome of the last action on the list, empty when there is nothing to say. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Lists the outbox again. */
    public void refresh() {
        tasks.run(outbox::pending, this::show, failure -> status.set(failure.getMessage()));
    }

    /**
     * Queues {@code signed} for {@code destination} (a copy goes into the outbox before anything is
     * sent), then tries it once.
     *
     * @param then told the outcome and the server's or network's message
     */
    public void send(Path signed, Destination destination, Consumer<Sent> then) {
        tasks.run(
                () -> {
                    OutboxEntry entry = outbox.add(signed, destination, clock.instant());
                    UploadResult result = delivery.deliver(entry);
                    return new Sent(
                            result.delivered() ? Outcome.DELIVERED : Outcome.QUEUED,
                            result.message(),
                            result.fileServer());
                },
                sent -> {
                    then.accept(sent);
                    refresh();
                },
                failure -> then.accept(new Sent(Outcome.NOT_QUEUED, String.valueOf(failure.getMessage()), "")));
    }

    /**
     * What {@link #send} did, and the message that goes with it.
     *
     * @param fileServer what the server said it stored, when delivered
     */
    public record Sent(Outcome outcome, String message, String fileServer) {}

    /** Tries every entry whose backoff has passed; skipped while another attempt runs. */
    public void retryDue() {
        if (!retrying.compareAndSet(false, true)) {
            return;
        }
        tasks.run(
                () -> delivery.deliverAll(true),
                attempts -> {
                    retrying.set(false);
                    long delivered = attempts.stream()
                            .filter(a -> a.result().delivered())
                            .count();
                    if (delivered > 0) {
                        status.set(messages.get("outbox.deliveredAutomatically", String.valueOf(delivered)));
                    }
                    refresh();
                },
                failure -> {
                    // Another VNSign (a command, another window) holds the outbox: it delivers; try next time.
                    retrying.set(false);
                    if (!(failure instanceof OutboxLock.BusyException)) {
                        status.set(UserErrors.of(messages, failure).message());
                    }
                });
    }

    /**
     * Tries {@code upload} now, whatever its backoff. An upload whose last outcome is unknown goes
     * to a server without idempotency keys only after the user agreed: the server may already
     * hold it, and would store it twice.
     */
    public void retry(PendingUpload upload) {
        OutboxEntry entry = upload.entry();
        boolean resend = false;
        if (entry.resendNeedsConsent()) {
            resend = dialogs.confirm(
                    messages.get(
                            "outbox.unknownQuestion",
                            entry.fileName(),
                            host(entry.destination().url())),
                    messages.get("outbox.unknownDetail"));
            if (!resend) {
                return;
            }
        }
        boolean agreed = resend;
        tasks.run(
                () -> delivery.deliver(entry, agreed),
                result -> {
                    status.set(
                            result.delivered()
                                    ? messages.get("outbox.delivered", entry.fileName())
                                    : messages.get("outbox.stillFailing", entry.fileName(), result.message()));
                    refresh();
                },
                failure -> status.set(UserErrors.of(messages, failure).message()));
    }

    /** Saves a copy of the signed file where the user chooses; the entry stays and is still retried. */
    public void saveCopy(PendingUpload upload) {
        dialogs.chooseSaveLocation(upload.entry().fileName())
                .ifPresent(target -> tasks.run(
                        () -> {
                            outbox.saveCopy(upload.entry(), target);
                            return target;
                        },
                        saved -> status.set(messages.get("outbox.saved", saved.toString())),
                        failure -> dialogs.showError(UserErrors.of(messages, failure))));
    }

    /** Takes the file out of the outbox, once the user confirms it will never be uploaded. */
    public void remove(PendingUpload upload) {
        boolean confirmed = dialogs.confirm(
                messages.get("outbox.removeQuestion", upload.entry().fileName()), messages.get("outbox.removeDetail"));
        if (!confirmed) {
            return;
        }
        tasks.run(
                () -> {
                    outbox.remove(upload.entry());
                    return upload;
                },
                removed -> refresh(),
                failure -> dialogs.showError(UserErrors.of(messages, failure)));
    }

    private void show(List<OutboxEntry> entries) {
        pending.setAll(entries.stream()
                .map(entry -> new PendingUpload(entry, describe(entry)))
                .toList());
    }

    private String describe(OutboxEntry entry) {
        String server = host(entry.destination().url());
        if (entry.resendNeedsConsent()) {
            return messages.get("outbox.row.unknown", entry.fileName(), server, entry.lastError());
        }
        if (entry.attempts() == 0) {
            return messages.get("outbox.row.sending", entry.fileName(), server);
        }
        return messages.get(
                "outbox.row.failed",
                entry.fileName(),
                server,
                String.valueOf(entry.attempts()),
                entry.lastError(),
                TIME.format(entry.nextAttempt()));
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
