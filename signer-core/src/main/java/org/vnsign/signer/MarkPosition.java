/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/**
 * Where the user put an initial mark by hand: its lower-left corner in points from the lower-left
 * of the page's crop box as shown (see {@link Rect}). The same position is used on every page, kept inside each page.
 */
public record MarkPosition(float x, float y) {
    public MarkPosition {
        if (!Float.isFinite(x) || !Float.isFinite(y)) {
            throw new IllegalArgumentException("mark position must be finite: " + x + "," + y);
        }
    }
}
