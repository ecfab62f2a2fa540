/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.outbox.Outbox;
import org.vnsign.app.outbox.OutboxDelivery;
import org.vnsign.app.outbox.OutboxEntry;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.qlvb.UploadResult;
import org.vnsign.app.qlvb.Uploaders;
import org.vnsign.app.settings.UserFolders;

/** The command line's way to the user's outbox: queue a signed file and try it once, as one step. */
final class SendOrQueue {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Outbox outbox;
    private final OutboxDelivery delivery;

    SendOrQueue(Outbox outbox, OutboxDelivery delivery) {
        this.outbox = outbox;
        this.delivery = delivery;
    }

    /** The outbox in the user's data folder. */
    static SendOrQueue standard() {
        Outbox outbox = new Outbox(UserFolders.standard().outbox());
        return new SendOrQueue(outbox, new OutboxDelivery(outbox, new Uploaders(TIMEOUT), Clock.systemUTC()));
    }

    Outbox outbox() {
        return outbox;
    }

    OutboxDelivery delivery() {
        return delivery;
    }

    /** Queues {@code signed} for {@code destination}, then tries to deliver it once. */
    JsonViews.Upload send(Path signed, Destination destination) {
        OutboxEntry entry;
        try {
            entry = outbox.add(signed, destination, Clock.systemUTC().instant());
        } catch (IOException e) {
            return new JsonViews.Upload(JsonViews.Upload.FAILED, null, e.toString(), "");
        }
        try {
            return view(entry, delivery.deliver(entry));
        } catch (IOException e) {
            return new JsonViews.Upload(JsonViews.Upload.QUEUED, entry.id(), e.getMessage(), "");
        }
    }

    static JsonViews.Upload view(OutboxEntry entry, UploadResult result) {
        return new JsonViews.Upload(
                result.delivered() ? JsonViews.Upload.DELIVERED : JsonViews.Upload.QUEUED,
                entry.id(),
                result.message(),
                result.fileServer());
    }

    static String describe(Messages messages, JsonViews.Upload upload) {
        return switch (upload.status()) {
            case JsonViews.Upload.DELIVERED -> messages.get("upload.delivered", upload.fileServer());
            case JsonViews.Upload.QUEUED -> messages.get("upload.queued", upload.message());
            default -> messages.get("upload.notQueued", upload.message());
        };
    }
}
