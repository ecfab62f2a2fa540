/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

/**
 * What the PIN dialog shows before the user types: which token, why, and the token's own warning
 * about remaining tries (empty when there is none).
 *
 * @param hint extra help, e.g. the demo token's PIN; empty for real tokens
 */
public record PinPrompt(String token, String purpose, String warning, String hint) {}
