/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import org.vnsign.token.ErrorCode;

/**
 * Process exit codes of {@code vnsign}, listed in {@code --help}. 1 and 2 are kept for the
 * verification verdicts (INDETERMINATE, INVALID).
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int NO_TOKEN = 3;
    public static final int PIN = 4;
    public static final int KEY = 5;
    public static final int USAGE = 64;
    public static final int INTERNAL = 70;

    private ExitCodes() {}

    /** The exit code for a token error. */
    public static int of(ErrorCode code) {
        return switch (code) {
            case DRIVER_NOT_FOUND,
                    DRIVER_LOAD_FAILED,
                    DRIVER_WRONG_ARCHITECTURE,
                    DRIVER_NOT_PKCS11,
                    DRIVER_INIT_FAILED,
                    TOKEN_NOT_PRESENT,
                    TOKEN_NOT_FOUND,
                    TOKEN_REMOVED,
                    TOKEN_NOT_INITIALIZED,
                    PLATFORM_UNSUPPORTED,
                    TOKEN_FAILURE -> NO_TOKEN;
            case TOKEN_PIN_INCORRECT,
                    TOKEN_LOCKED,
                    TOKEN_PIN_EXPIRED,
                    TOKEN_PIN_INVALID,
                    TOKEN_LOGIN_CANCELLED,
                    TOKEN_NOT_LOGGED_IN -> PIN;
            case KEY_NOT_FOUND,
                    KEY_NOT_FOR_SIGNING,
                    MECHANISM_UNSUPPORTED,
                    CERTIFICATE_UNREADABLE,
                    KEYSTORE_UNREADABLE -> KEY;
        };
    }
}
