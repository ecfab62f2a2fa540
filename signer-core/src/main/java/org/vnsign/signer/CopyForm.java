/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/** The three copy forms of Decree 30/2020 Art. 25, with the upper-case text printed on the copy. */
public enum CopyForm {
    SAO_Y("SAO Y"),
    TRICH_SAO("TRÍCH SAO"),
    SAO_LUC("SAO LỤC");

    private final String label;

    CopyForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
