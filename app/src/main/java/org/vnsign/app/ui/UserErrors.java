/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

import java.io.IOException;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.qlvb.OutboxLock;
import org.vnsign.signer.SignerException;
import org.vnsign.token.TokenException;

/**
 * Turns a failure into what the user reads: the message of its error code ({@code error.<CODE>}
 * for tokens, {@code signer.<CODE>} for documents), and details with the code and the technical
 * reason for support. Never a stack trace.
 */
public final class UserErrors {
    private UserErrors() {}

    public static UserError of(Messages messages, Throwable failure) {
        String title = messages.get("ui.error.title");
        if (failure instanceof TokenException token) {
            return new UserError(
                    title,
                    text(messages, "error.", token.code().name()),
                    details(token.code().name(), token));
        }
        if (failure instanceof SignerException signer) {
            Throwable cause =
                    signer.getCause() == null ? null : signer.getCause().getCause();
            if (cause instanceof TokenException token) {
                return of(messages, token);
            }
            return new UserError(
                    title,
                    text(messages, "signer.", signer.error().name()),
                    details(signer.error().name(), signer));
        }
        if (failure instanceof OutboxLock.BusyException) {
            return new UserError(title, messages.get("outbox.busy"), details("OUTBOX_BUSY", failure));
        }
        if (failure instanceof IOException) {
            return new UserError(title, messages.get("ui.error.file"), details("IO", failure));
        }
        return new UserError(title, messages.get("ui.error.unexpected"), details("UNEXPECTED", failure));
    }

    /**
     * A failure the app explains in its own words, with a code and the cause under "Copy details"
     * for whoever supports the user (the document system's or the network's answer).
     */
    public static UserError explained(Messages messages, String text, String code, String cause) {
        return new UserError(messages.get("ui.error.title"), text, code + ": " + cause);
    }

    /** An error the app itself explains (no code behind it), e.g. "place the signature first". */
    public static UserError message(Messages messages, String text) {
        return new UserError(messages.get("ui.error.title"), text, "");
    }

    /**
     * The app's own wording where the shared one names a command-line option ({@code ui.error.<CODE>}:
     * "in Settings" rather than "--seal"), else the shared message.
     */
    private static String text(Messages messages, String prefix, String code) {
        String desktop = "ui.error." + code;
        return messages.has(desktop) ? messages.get(desktop) : messages.get(prefix + code);
    }

    private static String details(String code, Throwable failure) {
        return code + ": " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
