/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/** The one checked exception of signer-core. Callers branch on {@link #error()}, never on the message. */
public class SignerException extends Exception {
    private static final long serialVersionUID = 1L;

    private final SignerError error;

    public SignerException(SignerError error, String message) {
        this(error, message, null);
    }

    public SignerException(SignerError error, String message, Throwable cause) {
        super(error + ": " + message, cause);
        this.error = error;
    }

    public SignerError error() {
        return error;
    }
}
