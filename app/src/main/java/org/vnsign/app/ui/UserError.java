/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

/**
 * An error as the user reads it: what happened and what to do, in the chosen language, and the
 * technical details a support person needs ("Copy details"): the error code and the cause's
 * message, never a stack trace, a PIN or document content.
 */
public record UserError(String title, String message, String details) {}
