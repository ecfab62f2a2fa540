/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vnsign.signer.Rect;

/**
 * A run of glyphs on one baseline and in one column, with its text. Decree 30 pages put two
 * columns on the same baselines (recipients on the left, title and name on the right), so a wide
 * horizontal gap starts a new line.
 */
public final class TextLine {
    private final List<Glyph> glyphs;
    private final String text;
    private final int[] glyphOfChar;

    TextLine(List<Glyph> glyphs) {
        this.glyphs = List.copyOf(glyphs);
        StringBuilder builder = new StringBuilder();
        List<Integer> owners = new ArrayList<>();
        Glyph previous = null;
        for (int i = 0; i < this.glyphs.size(); i++) {
            Glyph glyph = this.glyphs.get(i);
            if (previous != null
                    && glyph.left() - previous.right() > 0.2f * glyph.height()
                    && builder.length() > 0
                    && builder.charAt(builder.length() - 1) != ' '
                    && !glyph.text().startsWith(" ")) {
                builder.append(' ');
                owners.add(i);
            }
            for (int c = 0; c < glyph.text().length(); c++) {
                builder.append(glyph.text().charAt(c));
                owners.add(i);
            }
            previous = glyph;
        }
        this.text = builder.toString();
        this.glyphOfChar = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** The text in the form names are compared in: NFC, lower case, single spaces. */
    String comparable() {
        return comparable(text);
    }

    static String comparable(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .trim();
    }

    float left() {
        return (float) glyphs.stream().mapToDouble(Glyph::left).min().orElse(0);
    }

    float right() {
        return (float) glyphs.stream().mapToDouble(Glyph::right).max().orElse(0);
    }

    float bottom() {
        return (float) glyphs.stream().mapToDouble(Glyph::bottom).min().orElse(0);
    }

    float top() {
        return (float) glyphs.stream().mapToDouble(Glyph::top).max().orElse(0);
    }

    float baseline() {
        return glyphs.get(0).baseline();
    }

    float centerX() {
        return (left() + right()) / 2;
    }

    Rect box() {
        return new Rect(left(), bottom(), Math.max(right() - left(), 0.1f), Math.max(top() - bottom(), 0.1f));
    }

    /** The glyph that drew the character at {@code index} of {@link #text()}. */
    Glyph glyphAt(int index) {
        return glyphs.get(glyphOfChar[index]);
    }
}
