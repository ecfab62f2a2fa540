/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import com.itextpdf.kernel.geom.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vnsign.signer.Corner;
import org.vnsign.signer.Rect;

/**
 * Finds a spot for an initial mark: the chosen corner of the page, inside the margin, or the
 * nearest spot along the margin where the mark covers no text and no annotation. Moving along the
 * edge costs half as much as moving into the page.
 */
final class MarginSearch {
    private static final float SIDE_INSET = 10 * Layout.POINTS_PER_MM;
    private static final float EDGE_INSET = 5 * Layout.POINTS_PER_MM;
    private static final float STEP = 4f;
    private static final float MAX_INWARD = 60f;
    private static final float MAX_ALONG_SHARE = 0.45f;

    private final Corner corner;
    private final float width;
    private final float height;
    private final float maxInward;
    /** Candidate moves in order of cost, per page width: the same for every page of a document. */
    private final Map<Float, List<float[]>> movesByPageWidth = new HashMap<>();

    MarginSearch(Corner corner, float width, float height) {
        this(corner, width, height, MAX_INWARD);
    }

    /** A search reaching {@code maxInward} points into the page, for a block that may sit below the margin. */
    MarginSearch(Corner corner, float width, float height, float maxInward) {
        this.corner = corner;
        this.width = width;
        this.height = height;
        this.maxInward = maxInward;
    }

    record Result(Rect rect, boolean overlapsText) {}

    Result find(Rectangle crop, PageText text, List<Rect> obstacles) {
        float baseX = corner.right() ? crop.getRight() - SIDE_INSET - width : crop.getLeft() + SIDE_INSET;
        float baseY = corner.bottom() ? crop.getBottom() + EDGE_INSET : crop.getTop() - EDGE_INSET - height;
        float alongSign = corner.right() ? -1 : 1;
        float inwardSign = corner.bottom() ? 1 : -1;
        float maxAlong = crop.getWidth() * MAX_ALONG_SHARE;

        Rect first = new Rect(baseX, baseY, width, height);
        if (text.boxesWithin(first).isEmpty() && obstacles.stream().noneMatch(first::intersects)) {
            return new Result(first, false);
        }
        Rect region = first.union(first.movedBy(alongSign * maxAlong, inwardSign * maxInward));
        List<Rect> blocked = new ArrayList<>(text.boxesWithin(region));
        obstacles.stream().filter(region::intersects).forEach(blocked::add);

        Rect best = first;
        int fewest = Integer.MAX_VALUE;
        for (float[] move : movesByPageWidth.computeIfAbsent(maxAlong, along -> moves(along, maxInward))) {
            Rect candidate = first.movedBy(alongSign * move[0], inwardSign * move[1]);
            int hits = count(candidate, blocked);
            if (hits == 0) {
                return new Result(candidate, false);
            }
            if (hits < fewest) {
                fewest = hits;
                best = candidate;
            }
        }
        return new Result(best, true);
    }

    private static List<float[]> moves(float maxAlong, float maxInward) {
        List<float[]> moves = new ArrayList<>();
        for (float along = 0; along <= maxAlong; along += STEP) {
            for (float inward = 0; inward <= maxInward; inward += STEP) {
                moves.add(new float[] {along, inward});
            }
        }
        moves.sort(Comparator.comparingDouble(m -> m[0] + 2 * m[1]));
        return List.copyOf(moves);
    }

    private static int count(Rect candidate, List<Rect> boxes) {
        int hits = 0;
        for (Rect box : boxes) {
            if (box.intersects(candidate)) {
                hits++;
            }
        }
        return hits;
    }
}
