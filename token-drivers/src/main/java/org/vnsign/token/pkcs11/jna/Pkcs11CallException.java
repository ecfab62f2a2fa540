/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11.jna;

/**
 * A PKCS#11 function returned something other than {@code CKR_OK}. Internal to the PKCS#11
 * driver: callers outside it see a {@link org.vnsign.token.TokenException} made by {@code
 * Pkcs11ErrorMapper}.
 */
public final class Pkcs11CallException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long returnValue;

    public Pkcs11CallException(String function, long returnValue) {
        super(function + " returned " + ReturnValues.name(returnValue));
        this.returnValue = returnValue;
    }

    public long returnValue() {
        return returnValue;
    }
}
