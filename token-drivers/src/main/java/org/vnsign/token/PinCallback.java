/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

/**
 * Supplies a PIN when a token asks for one. The driver calls it at most once per attempt and never
 * retries on its own: a wrong PIN surfaces as {@link ErrorCode#TOKEN_PIN_INCORRECT}, and only the
 * user may decide to try again.
 *
 * <p>Ownership: the returned array belongs to the driver, which wipes it after use. Return {@code
 * null} when the user cancels.
 */
@FunctionalInterface
public interface PinCallback {
    char[] pin(PinRequest request) throws TokenException;
}
