/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

/** What probing a key source found, from "nothing installed" to "a token is ready". */
public enum SourceState {
    /** The driver file is not on this machine. */
    NOT_INSTALLED,
    /** The driver is built for another processor architecture. */
    WRONG_ARCHITECTURE,
    /** The loader refused the file, or C_Initialize failed. */
    LOAD_FAILED,
    /** The file is a library but not a PKCS#11 module. */
    NOT_PKCS11,
    /** The driver works, but no token is inserted. */
    NO_TOKEN,
    /** At least one token is present. */
    TOKEN_PRESENT,
    /** This kind of source does not exist on this operating system. */
    UNSUPPORTED_PLATFORM
}
