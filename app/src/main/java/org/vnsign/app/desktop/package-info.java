/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * The desktop window: its composition root ({@link org.vnsign.app.desktop.MainViewModel}), the open
 * document, placing and signing, results going back to the document system, and the desktop's side
 * of the web bridges. Panels with their own jobs live in their own packages (tokens, signatures,
 * inbox, outbox, preview, placement, settings).
 */
package org.vnsign.app.desktop;
