/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

/** PIN state a token reports in its flags. Shown to the user before they type a PIN. */
public enum PinFlag {
    /** At least one wrong PIN was entered since the last successful login. */
    COUNT_LOW,
    /** The next wrong PIN locks the token. */
    FINAL_TRY,
    /** The PIN is locked. */
    LOCKED,
    /** The PIN must be changed before the token can be used. */
    TO_BE_CHANGED,
    /** The token or its user PIN is not initialised. */
    NOT_INITIALIZED
}
