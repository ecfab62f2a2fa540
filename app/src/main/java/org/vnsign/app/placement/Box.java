/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.placement;

/**
 * A rectangle on a page in PDF points, origin at the lower-left of the page's crop box, as the
 * user sees it on screen: a signature block or an initial mark.
 */
public record Box(int page, float x, float y, float width, float height) {
    public Box moveTo(float newX, float newY) {
        return new Box(page, newX, newY, width, height);
    }

    public Box resize(float newWidth, float newHeight) {
        return new Box(page, x, y, newWidth, newHeight);
    }

    public Box onPage(int newPage) {
        return new Box(newPage, x, y, width, height);
    }
}
