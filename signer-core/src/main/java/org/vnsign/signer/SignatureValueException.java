/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/**
 * A {@link SignatureValueSource} could not produce a value. The cause is the source's own exception
 * (for example the token's wrong-PIN error), which the caller unwraps to tell the user what happened.
 */
public class SignatureValueException extends Exception {
    private static final long serialVersionUID = 1L;

    public SignatureValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
