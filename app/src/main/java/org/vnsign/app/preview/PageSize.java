/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

/**
 * A page's visible box in PDF points, with its lower-left corner: what the view needs to size a
 * page before it is rendered and to turn mouse positions into PDF coordinates.
 *
 * @param width the width as shown, after the page's rotation
 * @param height the height as shown, after the page's rotation
 * @param rotation the page's /Rotate, 0, 90, 180 or 270
 */
public record PageSize(float x, float y, float width, float height, int rotation) {
    /** An unrotated page. */
    public PageSize(float x, float y, float width, float height) {
        this(x, y, width, height, 0);
    }
}
