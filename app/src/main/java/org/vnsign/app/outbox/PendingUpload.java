/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.outbox;

/**
 * A signed file waiting in the outbox, as the pending-uploads list shows it.
 *
 * @param text file name, server, failed attempts, last error and next automatic try, in the user's language
 */
public record PendingUpload(OutboxEntry entry, String text) {
    @Override
    public String toString() {
        return text;
    }
}
