/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

/** The document system could not be reached or refused a call; the message says why, for the user and support. */
public final class QlvbException extends Exception {
    private static final long serialVersionUID = 1L;

    public QlvbException(String message) {
        super(message);
    }

    public QlvbException(String message, Throwable cause) {
        super(message, cause);
    }
}
