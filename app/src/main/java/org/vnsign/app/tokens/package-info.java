/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Tokens and certificates: live list, diagnostics, login with the PIN dialog. */
package org.vnsign.app.tokens;
