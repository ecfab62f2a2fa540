/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.time.Instant;

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
 */
public record OutboxEntry(
        String id,
        String idempotencyKey,
        Destination destination,
        String fileName,
        Instant created,
        int attempts,
        String lastError,
        Instant nextAttempt) {
    /** The same entry after one more failure, retried after a doubling delay (5 s to 1 h). */
    public OutboxEntry failed(String error, Instant now) {
        long delay = Math.min(3600, 5L << Math.min(attempts, 10));
        return new OutboxEntry(
                id, idempotencyKey, destination, fileName, created, attempts + 1, error, now.plusSeconds(delay));
    }
}
