/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import java.util.List;
import java.util.function.Function;
import org.vnsign.signer.Rect;

/**
 * Finds where the agency's signature goes over the competent person's: the seal's right third over
 * the approval's left third (Decree 30/2020, Appendix I), the agency and time to the seal's left,
 * neither touching a word of the page. Where the gap between the signer's title and name is too
 * small for the seal at its set size (a LibreOffice letter leaves about four lines), the seal is
 * drawn smaller, down to 15 mm, and moved up or down within the approval's height before any word
 * would be covered; only then does the preferred spot stand, with a notice.
 */
final class IssueSearch {
    static final float MIN_SEAL = 15 * Layout.POINTS_PER_MM;
    private static final float SIZE_STEP = 4f;
    private static final float SHIFT_STEP = 3f;

    record Result(Rect rect, boolean overlapsText) {}

    private IssueSearch() {}

    /**
     * @param textWithin the boxes of the page's text that touch a region
     */
    static Result find(
            Rect approval, float sealSize, float textWidth, float textHeight, Function<Rect, List<Rect>> textWithin) {
        Rect preferred = Layout.issueOver(approval, sealSize, textWidth, textHeight);
        float maxShift = approval.height() / 2;
        for (float size = sealSize; size >= Math.min(MIN_SEAL, sealSize); size -= SIZE_STEP) {
            Rect base = Layout.issueOver(approval, size, textWidth, textHeight);
            for (int step = 0; step * SHIFT_STEP <= maxShift; step++) {
                for (int sign : step == 0 ? new int[] {1} : new int[] {1, -1}) {
                    Rect candidate = base.movedBy(0, sign * step * SHIFT_STEP);
                    if (free(candidate, size, textWidth, textHeight, textWithin)) {
                        return new Result(candidate, false);
                    }
                }
            }
        }
        return new Result(preferred, true);
    }

    /**
     * Whether the two inked parts are clear of text: the text block (a rectangle) left of the seal,
     * and the seal, which is round, so a word in a corner of its square is not under it.
     */
    private static boolean free(
            Rect rect, float sealSize, float textWidth, float textHeight, Function<Rect, List<Rect>> textWithin) {
        float centreY = rect.centerY();
        Rect text = new Rect(rect.x(), centreY - textHeight / 2, textWidth, textHeight);
        if (!textWithin.apply(text).isEmpty()) {
            return false;
        }
        Rect seal = new Rect(rect.right() - sealSize, centreY - sealSize / 2, sealSize, sealSize);
        float radius = sealSize / 2;
        return textWithin.apply(seal).stream()
                .noneMatch(box -> distanceSquared(seal.centerX(), seal.centerY(), box) < radius * radius);
    }

    /** The squared distance from a point to the nearest point of a box (0 inside it). */
    private static float distanceSquared(float x, float y, Rect box) {
        float dx = Math.max(Math.max(box.x() - x, 0), x - box.right());
        float dy = Math.max(Math.max(box.y() - y, 0), y - box.top());
        return dx * dx + dy * dy;
    }
}
