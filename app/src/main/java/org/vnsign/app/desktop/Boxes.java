/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import org.vnsign.app.placement.Box;
import org.vnsign.app.preview.PageSize;
import org.vnsign.signer.Rect;

/** Between the screen's boxes (relative to the crop box) and the signer's rectangles (page space). */
final class Boxes {
    private Boxes() {}

    static Box of(int page, Rect rect, PageSize size) {
        return new Box(page, rect.x() - size.x(), rect.y() - size.y(), rect.width(), rect.height());
    }
}
