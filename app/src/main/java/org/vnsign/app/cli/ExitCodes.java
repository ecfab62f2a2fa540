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
    /** One or more files were refused or could not be signed; the others were. */
    public static final int DOCUMENT = 6;
    /**
     * Only servers failed (time-stamping, OCSP, CRL): the level asked was not reached for some
     * files and nothing was written for them; retrying later may succeed.
     */
    public static final int NETWORK = 7;

    public static final int USAGE = 64;
    public static final int INTERNAL = 70;

    private ExitCodes() {}

    /** The exit code for a token error, by its category. */
    public static int of(ErrorCode code) {
        return switch (code.category()) {
            case UNAVAILABLE -> NO_TOKEN;
            case AUTHENTICATION -> PIN;
            case KEY -> KEY;
        };
    }
}
