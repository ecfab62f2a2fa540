/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.errors;

import java.io.IOException;
import java.util.Optional;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.LevelNotReachedException;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerException;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.PinFlag;
import org.vnsign.token.TokenException;

/**
 * The one mapper from a failure to what a person reads, for the CLI and the desktop alike.
 *
 * <p>Keys: {@code error.<CODE>} for token codes, {@code signer.<CODE>} for signer-core codes, and
 * {@code ui.error.<CODE>} where the desktop words it differently (the shared text names a
 * command-line option such as {@code --seal}; the desktop says "in Settings"). A signing failure
 * caused by the token reads as the token's failure: "wrong PIN", not "the key did not sign".
 */
public final class ErrorTexts {
    /** Where the text is shown; the desktop's own wording replaces text that names CLI options. */
    public enum Surface {
        CLI,
        DESKTOP
    }

    private ErrorTexts() {}

    /** The user's text for {@code failure}. */
    public static String text(Messages messages, Throwable failure, Surface surface) {
        Optional<TokenException> token = tokenFailure(failure);
        if (token.isPresent()) {
            String text = worded(
                    messages,
                    "error.",
                    token.get().code().name(),
                    surface,
                    token.get().getMessage());
            return text + triesLeft(messages, token.get());
        }
        if (failure instanceof SignerException signer) {
            String text = worded(messages, "signer.", signer.error().name(), surface, signer.getMessage());
            if (signer instanceof LevelNotReachedException notReached) {
                return text + " "
                        + messages.get(
                                "lt.reached",
                                notReached.asked().label(),
                                notReached.reached().map(SignatureLevel::label).orElse("-"),
                                notReached.getMessage());
            }
            return text;
        }
        return appText(messages, appCode(failure));
    }

    /**
     * What the token reported about the tries left after a wrong PIN. PKCS#11 gives no number, only
     * "few left" (CKF_USER_PIN_COUNT_LOW) and "last one" (CKF_USER_PIN_FINAL_TRY), so the text says
     * exactly that, or nothing when the token said neither.
     */
    private static String triesLeft(Messages messages, TokenException token) {
        if (token.code() != ErrorCode.TOKEN_PIN_INCORRECT) {
            return "";
        }
        if (token.pinFlags().contains(PinFlag.FINAL_TRY)) {
            return " " + messages.get("pin.after.FINAL_TRY");
        }
        if (token.pinFlags().contains(PinFlag.COUNT_LOW)) {
            return " " + messages.get("pin.after.COUNT_LOW");
        }
        return "";
    }

    /** The text of one of the app's own codes. */
    public static String appText(Messages messages, AppError code) {
        return switch (code) {
            case OUTBOX_BUSY -> messages.get("outbox.busy");
            case FILE_ACCESS -> messages.get("ui.error.file");
            case QLVB_DOWNLOAD_FAILED, OUTBOX_NOT_QUEUED, UNEXPECTED -> messages.get("ui.error.unexpected");
        };
    }

    /** The code support staff see: the token's, signer-core's or the app's. */
    public static String code(Throwable failure) {
        Optional<TokenException> token = tokenFailure(failure);
        if (token.isPresent()) {
            return token.get().code().name();
        }
        if (failure instanceof SignerException signer) {
            return signer.error().name();
        }
        return appCode(failure).name();
    }

    /**
     * The token failure behind {@code failure}, however deep signer-core wrapped it (signing
     * failure, then the signature value source's failure, then the token's), so that no caller
     * unwraps by hand.
     */
    public static Optional<TokenException> tokenFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenException token) {
                return Optional.of(token);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static AppError appCode(Throwable failure) {
        if (failure instanceof CodedFailure coded) {
            return coded.code();
        }
        if (failure instanceof IOException) {
            return AppError.FILE_ACCESS;
        }
        return AppError.UNEXPECTED;
    }

    /** The text for {@code code}; a text with a {0} gets the failure's technical detail there (a name to act on). */
    private static String worded(Messages messages, String prefix, String code, Surface surface, String detail) {
        String desktop = "ui.error." + code;
        String key = surface == Surface.DESKTOP && messages.has(desktop) ? desktop : prefix + code;
        String text = messages.get(key);
        return text.contains("{0}") ? messages.get(key, String.valueOf(detail)) : text;
    }
}
