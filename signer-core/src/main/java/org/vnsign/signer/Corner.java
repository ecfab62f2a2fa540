/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/** Where on a page the initial mark goes; it moves along the margin when text is in the way. */
public enum Corner {
    BOTTOM_RIGHT,
    BOTTOM_LEFT,
    TOP_RIGHT,
    TOP_LEFT;

    public boolean bottom() {
        return this == BOTTOM_RIGHT || this == BOTTOM_LEFT;
    }

    public boolean right() {
        return this == BOTTOM_RIGHT || this == TOP_RIGHT;
    }
}
