/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

/**
 * Stable identifiers of everything that can go wrong while finding, opening or using a token. The
 * desktop app and the CLI turn each code into a message ({@code error.<CODE>}); this module holds
 * no user-facing text.
 */
public enum ErrorCode {
    /** No PKCS#11 module file at the configured or probed path. */
    DRIVER_NOT_FOUND(Category.UNAVAILABLE),
    /** The operating system's loader refused the module; the detail carries its reason. */
    DRIVER_LOAD_FAILED(Category.UNAVAILABLE),
    /** The module is built for another processor architecture (e.g. a 32-bit DLL in a 64-bit JVM). */
    DRIVER_WRONG_ARCHITECTURE(Category.UNAVAILABLE),
    /** The file loads but is not a PKCS#11 module. */
    DRIVER_NOT_PKCS11(Category.UNAVAILABLE),
    /** The module answered C_Initialize with an error. */
    DRIVER_INIT_FAILED(Category.UNAVAILABLE),
    /** No token is inserted in any slot of the module. */
    TOKEN_NOT_PRESENT(Category.UNAVAILABLE),
    /** Tokens are present, but none matches the label or serial number asked for. */
    TOKEN_NOT_FOUND(Category.UNAVAILABLE),
    /** The token was pulled out, or its session vanished, during an operation. */
    TOKEN_REMOVED(Category.UNAVAILABLE),
    /** The token is not initialised, or its user PIN was never set. */
    TOKEN_NOT_INITIALIZED(Category.UNAVAILABLE),
    /** Wrong PIN; {@link TokenException#pinFlags()} tells whether few tries remain. */
    TOKEN_PIN_INCORRECT(Category.AUTHENTICATION),
    /** The PIN is blocked after too many wrong tries; only the security officer (SO PIN) can unblock it. */
    TOKEN_LOCKED(Category.AUTHENTICATION),
    /** The token requires the PIN to be changed before use. */
    TOKEN_PIN_EXPIRED(Category.AUTHENTICATION),
    /** The PIN has the wrong length or characters for this token. */
    TOKEN_PIN_INVALID(Category.AUTHENTICATION),
    /** The user dismissed the PIN prompt. */
    TOKEN_LOGIN_CANCELLED(Category.AUTHENTICATION),
    /** The operation needs a logged-in session. */
    TOKEN_NOT_LOGGED_IN(Category.AUTHENTICATION),
    /** The selected key or certificate is not (or no longer) on the token. */
    KEY_NOT_FOUND(Category.KEY),
    /** The key does not allow signing. */
    KEY_NOT_FOR_SIGNING(Category.KEY),
    /** The token or key cannot do the requested signature algorithm. */
    MECHANISM_UNSUPPORTED(Category.KEY),
    /** A certificate object on the token could not be parsed. */
    CERTIFICATE_UNREADABLE(Category.KEY),
    /** A key store file (.p12/.pfx) is missing, damaged or of another format. */
    KEYSTORE_UNREADABLE(Category.KEY),
    /** This key source does not exist on this operating system (e.g. the Windows store on Linux). */
    PLATFORM_UNSUPPORTED(Category.UNAVAILABLE),
    /** The token or its driver failed in a way not listed above; the detail names the PKCS#11 code. */
    TOKEN_FAILURE(Category.UNAVAILABLE);

    private final Category category;

    ErrorCode(Category category) {
        this.category = category;
    }

    /** What kind of problem this is, for callers that react to a kind rather than to each code. */
    public Category category() {
        return category;
    }

    /** Kinds of token problems. */
    public enum Category {
        /** No usable driver or token: install, plug in or choose one. */
        UNAVAILABLE,
        /** The PIN was wrong, locked, expired, cancelled or not given. */
        AUTHENTICATION,
        /** The chosen key or certificate cannot be used. */
        KEY
    }
}
