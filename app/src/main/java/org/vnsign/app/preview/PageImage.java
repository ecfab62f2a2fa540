/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

/**
 * A rendered page as ARGB pixels: what the view turns into an image without the renderer knowing
 * about JavaFX.
 */
public record PageImage(int page, int width, int height, int[] argb) {
    /** Memory the pixels take, for the cache bound. */
    public long bytes() {
        return 4L * argb.length;
    }
}
