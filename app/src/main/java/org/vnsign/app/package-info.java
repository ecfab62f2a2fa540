/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * VNSign's application: the {@code vnsign} command line, the JavaFX desktop app, the QLVB
 * connector with its outbox, and the localhost bridges (VNSign's own and the VGCA-compatible one).
 * {@link org.vnsign.app.Main} chooses between the command line and the window; it is the only class
 * of this root package, and nothing depends on it.
 */
package org.vnsign.app;
