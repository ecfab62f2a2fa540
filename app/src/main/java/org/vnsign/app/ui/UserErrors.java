/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

import org.vnsign.app.errors.AppError;
import org.vnsign.app.errors.ErrorTexts;
import org.vnsign.app.i18n.Messages;

/**
 * Turns a failure into the desktop's error dialog: the text from {@link ErrorTexts} (the one mapper
 * the CLI uses too), and details with the code and the technical reason for support. Never a
 * stack trace.
 */
public final class UserErrors {
    private UserErrors() {}

    /** The dialog for {@code failure}: its text through {@link ErrorTexts}, its code and cause under details. */
    public static UserError of(Messages messages, Throwable failure) {
        Throwable shown =
                ErrorTexts.tokenFailure(failure).<Throwable>map(t -> t).orElse(failure);
        return new UserError(
                messages.get("ui.error.title"),
                ErrorTexts.text(messages, shown, ErrorTexts.Surface.DESKTOP),
                details(ErrorTexts.code(shown), shown));
    }

    /**
     * A failure the app explains in its own words, with a code and the cause under "Copy details"
     * for whoever supports the user (the document system's or the network's answer).
     */
    public static UserError explained(Messages messages, String text, AppError code, String cause) {
        return new UserError(messages.get("ui.error.title"), text, code.name() + ": " + cause);
    }

    /** An error the app itself explains (no code behind it), e.g. "place the signature first". */
    public static UserError message(Messages messages, String text) {
        return new UserError(messages.get("ui.error.title"), text, "");
    }

    private static String details(String code, Throwable failure) {
        return code + ": " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
