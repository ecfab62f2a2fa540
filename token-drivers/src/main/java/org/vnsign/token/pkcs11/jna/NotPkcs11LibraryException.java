/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11.jna;

/** The library loaded but is not a PKCS#11 module: it has no usable {@code C_GetFunctionList}. */
public final class NotPkcs11LibraryException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotPkcs11LibraryException(String path) {
        super(path + " has no C_GetFunctionList");
    }
}
