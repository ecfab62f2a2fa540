/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.util.Locale;

/**
 * A rectangle in PDF points (1/72 inch), from the bottom-left corner of the page, as the command
 * line's {@code --rect X,Y,W,H} gives it. On a page turned by /Rotate, "the page" is the page as
 * the reader sees it: x runs right and y up on screen, whichever way the page is stored, so a
 * rectangle means what it looks like.
 */
public record Rect(float x, float y, float width, float height) {
    public Rect {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("width and height must be positive: " + width + "x" + height);
        }
    }

    /** Parses {@code X,Y,W,H} (decimal points, no units). */
    public static Rect parse(String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected X,Y,W,H in points, got '" + text + "'");
        }
        try {
            return new Rect(
                    Float.parseFloat(parts[0]),
                    Float.parseFloat(parts[1]),
                    Float.parseFloat(parts[2]),
                    Float.parseFloat(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected X,Y,W,H in points, got '" + text + "'", e);
        }
    }

    public float right() {
        return x + width;
    }

    public float top() {
        return y + height;
    }

    public float centerX() {
        return x + width / 2;
    }

    public float centerY() {
        return y + height / 2;
    }

    public boolean intersects(Rect other) {
        return x < other.right() && other.x < right() && y < other.top() && other.y < top();
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect other) {
        float left = Math.min(x, other.x);
        float bottom = Math.min(y, other.y);
        return new Rect(left, bottom, Math.max(right(), other.right()) - left, Math.max(top(), other.top()) - bottom);
    }

    public Rect movedBy(float dx, float dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", x, y, width, height);
    }
}
