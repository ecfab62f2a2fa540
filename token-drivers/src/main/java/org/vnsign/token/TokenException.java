/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.Set;

/**
 * The one checked exception of token-drivers. Callers branch on {@link #code()}, never on the
 * message, which is technical English for logs. It never contains a PIN.
 */
public class TokenException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String detail;
    private final transient Set<PinFlag> pinFlags;

    public TokenException(ErrorCode code, String detail) {
        this(code, detail, Set.of(), null);
    }

    public TokenException(ErrorCode code, String detail, Throwable cause) {
        this(code, detail, Set.of(), cause);
    }

    public TokenException(ErrorCode code, String detail, Set<PinFlag> pinFlags, Throwable cause) {
        super(code + ": " + detail, cause);
        this.code = code;
        this.detail = detail;
        this.pinFlags = Set.copyOf(pinFlags);
    }

    public ErrorCode code() {
        return code;
    }

    /** Technical detail for the "copy details" box: module path, PKCS#11 return code, loader message. */
    public String detail() {
        return detail;
    }

    /** The token's PIN state read after the failure, e.g. {@link PinFlag#FINAL_TRY} after a wrong PIN. */
    public Set<PinFlag> pinFlags() {
        return pinFlags;
    }
}
