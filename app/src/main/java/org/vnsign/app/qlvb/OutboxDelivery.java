/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries to deliver what the outbox holds: an acknowledged file leaves it, a failure is recorded
 * with its reason and a later time to retry. The file is never lost and never uploaded twice on
 * purpose: a retry carries the same idempotency key.
 */
public final class OutboxDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final Uploader uploader;
    private final Clock clock;

    public OutboxDelivery(Outbox outbox, Uploader uploader, Clock clock) {
        this.outbox = outbox;
        this.uploader = uploader;
        this.clock = clock;
    }

    /** One attempt for {@code entry}, now. */
    public synchronized UploadResult deliver(OutboxEntry entry) throws IOException {
        UploadResult result = uploader.upload(entry, outbox.file(entry));
        if (result.delivered()) {
            outbox.delivered(entry);
            LOG.info("Uploaded {} ({} attempt(s) before)", entry.fileName(), entry.attempts());
        } else {
            outbox.update(entry.failed(result.message(), clock.instant()));
            LOG.warn("Upload of {} failed, kept in the outbox: {}", entry.fileName(), result.message());
        }
        return result;
    }

    /**
     * One attempt for every waiting entry, or only for those whose backoff has passed.
     *
     * @param dueOnly skip entries whose next attempt is later (automatic retries); false when the
     *     user asks to retry now
     */
    public synchronized List<Attempt> deliverAll(boolean dueOnly) throws IOException {
        List<Attempt> attempts = new ArrayList<>();
        for (OutboxEntry entry : outbox.pending()) {
            if (dueOnly && entry.nextAttempt().isAfter(clock.instant())) {
                continue;
            }
            attempts.add(new Attempt(entry, deliver(entry)));
        }
        return attempts;
    }

    /** An entry and what its attempt gave. */
    public record Attempt(OutboxEntry entry, UploadResult result) {}
}
