/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * One error model for the app: the token's {@code ErrorCode}, signer-core's {@code SignerError} and
 * the app's own {@link org.vnsign.app.errors.AppError}, each with a category, and the one mapper
 * ({@link org.vnsign.app.errors.ErrorTexts}) from any failure to the bilingual text the CLI prints
 * and the desktop shows.
 */
package org.vnsign.app.errors;
