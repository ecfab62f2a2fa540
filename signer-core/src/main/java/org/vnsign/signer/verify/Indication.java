/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

/** The ETSI EN 319 102-1 main indication, ordered from best to worst. */
public enum Indication {
    VALID,
    INDETERMINATE,
    INVALID;

    /** The worse of two indications: one INVALID signature makes a file INVALID. */
    public Indication worst(Indication other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
