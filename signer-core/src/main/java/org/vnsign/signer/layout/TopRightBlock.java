/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import com.itextpdf.kernel.geom.Rectangle;
import java.util.List;
import org.vnsign.signer.Corner;
import org.vnsign.signer.Rect;

/**
 * Where a text block of the top right of page 1 goes (the annex's number, the copy's form; Decree
 * 30/2020 Appendix I): right-aligned on the text margin, in the top margin, at full size when it
 * covers nothing there; else made smaller (down to {@link #MIN_SCALE}, 7 pt for 10 pt text) to fit
 * the margin above the words under it; else the nearest spot from the top right that covers no
 * text, reaching down to the middle of the page. Never silently over the letterhead.
 */
final class TopRightBlock {
    static final float RIGHT_TEXT_MARGIN = 20 * Layout.POINTS_PER_MM;
    static final float CORNER_INSET = 5 * Layout.POINTS_PER_MM;
    /** The smallest the block is made to stay in the margin: 10 pt text becomes 7 pt, the initial mark's size. */
    static final float MIN_SCALE = 0.7f;
    /** Room kept between the block and the words under it. */
    private static final float GAP = 2f;

    private TopRightBlock() {}

    static MarginSearch.Result place(Rectangle crop, PageText text, List<Rect> obstacles, float width, float height) {
        float right = crop.getRight() - RIGHT_TEXT_MARGIN;
        float top = crop.getTop() - CORNER_INSET;
        Rect preferred = new Rect(right - width, top - height, width, height);
        if (free(preferred, text, obstacles)) {
            return new MarginSearch.Result(preferred, false);
        }
        Rect column = new Rect(right - width, crop.getBottom(), width, top - crop.getBottom());
        float below = crop.getBottom();
        for (Rect box : text.boxesWithin(column)) {
            below = Math.max(below, box.top());
        }
        for (Rect obstacle : obstacles) {
            if (obstacle.intersects(column)) {
                below = Math.max(below, obstacle.top());
            }
        }
        float scale = Math.min(1f, (top - below - GAP) / height);
        if (scale >= MIN_SCALE) {
            Rect shrunk = new Rect(right - width * scale, top - height * scale, width * scale, height * scale);
            if (free(shrunk, text, obstacles)) {
                return new MarginSearch.Result(shrunk, false);
            }
        }
        return new MarginSearch(Corner.TOP_RIGHT, width, height, crop.getHeight() / 2).find(crop, text, obstacles);
    }

    private static boolean free(Rect rect, PageText text, List<Rect> obstacles) {
        return text.boxesWithin(rect).isEmpty() && obstacles.stream().noneMatch(rect::intersects);
    }
}
