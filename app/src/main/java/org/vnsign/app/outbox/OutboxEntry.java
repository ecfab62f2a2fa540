/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.outbox;

import java.time.Instant;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.qlvb.Upload;

/**
 * One signed file waiting for its document system to acknowledge it.
 *
 * @param id the entry's folder name in the outbox
 * @param idempotencyKey sent with every attempt, so a server that received an upload whose answer
 *     was lost recognises the retry and does not store the file twice
 * @param destination where the file goes and by which convention
 * @param fileName the signed file's name as the server receives it
 * @param attempts failed attempts so far
 * @param lastError the server's or the network's last answer, empty before any failure
 * @param nextAttempt not retried before this time (backoff)
 * @param sendingSince when an upload of this entry started and has not yet ended; set on disk
 *     before the request goes out, so that a process killed meanwhile leaves the mark behind
 * @param outcomeUnknown an upload may have reached the server without its answer reaching VNSign
 *     (the connection died after the request was sent, or the process was killed while sending)
 */
public record OutboxEntry(
        String id,
        String idempotencyKey,
        Destination destination,
        String fileName,
        Instant created,
        int attempts,
        String lastError,
        Instant nextAttempt,
        Instant sendingSince,
        boolean outcomeUnknown) {
    /** A new entry, never tried. */
    /** What the uploader sends. */
    public Upload upload() {
        return new Upload(destination, fileName, idempotencyKey);
    }

    static OutboxEntry fresh(String id, String idempotencyKey, Destination destination, String fileName, Instant now) {
        return new OutboxEntry(id, idempotencyKey, destination, fileName, now, 0, "", now, null, false);
    }

    /** The same entry after one more failure, retried after a doubling delay (5 s to 1 h). */
    public OutboxEntry failed(String error, Instant now) {
        return afterAttempt(error, now, outcomeUnknown);
    }

    /** The same entry after an attempt whose outcome cannot be known. */
    public OutboxEntry unknown(String error, Instant now) {
        return afterAttempt(error, now, true);
    }

    /** The same entry, an upload of it under way since {@code now}. */
    OutboxEntry sending(Instant now) {
        return with(attempts, lastError, nextAttempt, now, outcomeUnknown);
    }

    private OutboxEntry afterAttempt(String error, Instant now, boolean unknown) {
        long delay = Math.min(3600, 5L << Math.min(attempts, 10));
        return with(attempts + 1, error, now.plusSeconds(delay), null, unknown);
    }

    /** The same file, destination and key, with the attempt bookkeeping given. */
    private OutboxEntry with(int tries, String error, Instant next, Instant sending, boolean unknown) {
        return new OutboxEntry(
                id, idempotencyKey, destination, fileName, created, tries, error, next, sending, unknown);
    }

    /**
     * Whether sending this entry again may store it twice: its last outcome is unknown (or a
     * process died sending it) and its server has no idempotency key to recognise a repeat.
     */
    public boolean resendNeedsConsent() {
        return (outcomeUnknown || sendingSince != null) && !Destination.VNSIGN.equals(destination.convention());
    }
}
