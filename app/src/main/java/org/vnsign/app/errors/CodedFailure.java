/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.errors;

/**
 * An exception of the app that knows its {@link AppError}, so that {@link ErrorTexts} can word it
 * without knowing the package it comes from (the arrows point into this package, never out).
 */
public interface CodedFailure {
    AppError code();
}
