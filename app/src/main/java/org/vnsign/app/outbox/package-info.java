/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * Signed files on their way back to the document system: kept on disk until the server
 * acknowledges them ({@link org.vnsign.app.outbox.Outbox}), delivered by one process at a time
 * ({@link org.vnsign.app.outbox.OutboxLock}), and shown and retried in the desktop's panel.
 */
package org.vnsign.app.outbox;
