/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.outbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.qlvb.UploadResult;
import org.vnsign.app.qlvb.Uploader;

/**
 * Tries to deliver what the outbox holds: an acknowledged file leaves it, a failure is recorded
 * with its reason and a later time to retry. The file is never lost and never uploaded twice on
 * purpose: a retry carries the same idempotency key; one delivery runs at a time across processes
 * (the outbox lock), and an entry is re-read under the lock, so one another process delivered
 * meanwhile is not sent again. An upload whose outcome is unknown (the connection died after the
 * request left, or a process was killed sending it) is not sent again to a server without
 * idempotency keys unless the user agreed ({@code resendUnknown}).
 */
public final class OutboxDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    /** How long a delivery waits for another VNSign to finish with the outbox. */
    public static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    private final Outbox outbox;
    private final Uploader uploader;
    private final Clock clock;
    private final Duration lockWait;

    public OutboxDelivery(Outbox outbox, Uploader uploader, Clock clock) {
        this(outbox, uploader, clock, LOCK_WAIT);
    }

    public OutboxDelivery(Outbox outbox, Uploader uploader, Clock clock, Duration lockWait) {
        this.outbox = outbox;
        this.uploader = uploader;
        this.clock = clock;
        this.lockWait = lockWait;
    }

    /** One attempt for {@code entry}, now; held back if its outcome is unknown (see the class). */
    public UploadResult deliver(OutboxEntry entry) throws IOException {
        return deliver(entry, false);
    }

    /**
     * One attempt for {@code entry}, now.
     *
     * @param resendUnknown the user agreed to send again an upload whose outcome is unknown
     */
    public UploadResult deliver(OutboxEntry entry, boolean resendUnknown) throws IOException {
        OutboxLock lock = outbox.lock(lockWait);
        try {
            return deliverLocked(entry.id(), resendUnknown);
        } finally {
            lock.close();
        }
    }

    private UploadResult deliverLocked(String id, boolean resendUnknown) throws IOException {
        Optional<OutboxEntry> current = outbox.reload(id);
        if (current.isEmpty()) {
            LOG.info("Outbox entry {} was delivered meanwhile by another VNSign", id);
            return new UploadResult(true, "delivered by another VNSign", "");
        }
        OutboxEntry entry = current.get();
        if (entry.sendingSince() != null && !entry.outcomeUnknown()) {
            entry = entry.unknown("VNSign stopped while sending it", clock.instant());
            outbox.update(entry);
        }
        if (entry.resendNeedsConsent() && !resendUnknown) {
            return UploadResult.heldBack(entry.lastError());
        }
        outbox.update(entry.sending(clock.instant()));
        UploadResult result = uploader.upload(entry.upload(), outbox.file(entry));
        if (result.delivered()) {
            outbox.delivered(entry);
            LOG.info("Uploaded {} ({} attempt(s) before)", entry.fileName(), entry.attempts());
        } else if (result.outcomeUnknown()) {
            outbox.update(entry.unknown(result.message(), clock.instant()));
            LOG.warn("Upload of {} may or may not have reached the server: {}", entry.fileName(), result.message());
        } else {
            outbox.update(entry.failed(result.message(), clock.instant()));
            LOG.warn("Upload of {} failed, kept in the outbox: {}", entry.fileName(), result.message());
        }
        return result;
    }

    /**
     * One attempt for every waiting entry, or only for those whose backoff has passed, under one
     * hold of the outbox lock.
     *
     * @param dueOnly skip entries whose next attempt is later (automatic retries); false when the
     *     user asks to retry now
     * @param resendUnknown also send again entries whose last outcome is unknown
     */
    public List<Attempt> deliverAll(boolean dueOnly, boolean resendUnknown) throws IOException {
        List<Attempt> attempts = new ArrayList<>();
        OutboxLock lock = outbox.lock(lockWait);
        try {
            for (OutboxEntry entry : outbox.pending()) {
                if (dueOnly && entry.nextAttempt().isAfter(clock.instant())) {
                    continue;
                }
                UploadResult result = deliverLocked(entry.id(), resendUnknown);
                attempts.add(new Attempt(outbox.reload(entry.id()).orElse(entry), result));
            }
        } finally {
            lock.close();
        }
        return attempts;
    }

    /** {@link #deliverAll(boolean, boolean)} holding back uploads whose outcome is unknown. */
    public List<Attempt> deliverAll(boolean dueOnly) throws IOException {
        return deliverAll(dueOnly, false);
    }

    /** An entry and what its attempt gave. */
    public record Attempt(OutboxEntry entry, UploadResult result) {}
}
