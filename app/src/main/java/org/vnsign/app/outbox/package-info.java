/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Signed files on their way back to the document system, as the desktop shows and retries them. */
package org.vnsign.app.outbox;
