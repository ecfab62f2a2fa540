/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signatures;

/** The colour of a signature line: green, amber or red. */
public enum SignatureStatus {
    VALID,
    INDETERMINATE,
    INVALID
}
