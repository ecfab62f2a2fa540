/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import java.util.Optional;

/**
 * What a font's glyphs can do at most, read from its dictionary once: the narrowest and widest
 * advance, the box every glyph is drawn in, and how many bytes of a string make at least one glyph.
 * Enough to bound a text run without decoding it. Units are thousandths of the font size.
 *
 * @param bytesPerGlyph the fewest bytes one glyph's code takes (2 for Identity-H, else 1)
 * @param narrowest the smallest advance width, possibly negative
 * @param widest the largest advance width
 * @param box the glyph box: left, bottom, right, top
 */
record FontExtent(int bytesPerGlyph, float narrowest, float widest, float[] box) {
    /** A box for fonts that declare none: wider and taller than any Latin or Vietnamese glyph. */
    private static final float[] GENEROUS_BOX = {-1000, -1000, 2000, 2000};

    private static final float DEFAULT_CID_WIDTH = 1000;
    private static final PdfName WRITING_MODE = new PdfName("WMode");

    /**
     * The extent of {@code font}, or empty for fonts whose glyphs cannot be bounded this way:
     * Type 3 fonts (their own glyph space) and vertical writing.
     */
    static Optional<FontExtent> of(PdfFont font) {
        PdfDictionary dictionary = font.getPdfObject();
        PdfName subtype = dictionary.getAsName(PdfName.Subtype);
        if (PdfName.Type3.equals(subtype)) {
            return Optional.empty();
        }
        float[] box = box(font);
        if (PdfName.Type0.equals(subtype)) {
            return composite(dictionary, box);
        }
        return Optional.of(simple(dictionary, box));
    }

    private static Optional<FontExtent> composite(PdfDictionary dictionary, float[] box) {
        PdfObject encoding = dictionary.get(PdfName.Encoding);
        int bytesPerGlyph = 1;
        if (encoding instanceof PdfName name) {
            if (name.getValue().endsWith("-V")) {
                return Optional.empty();
            }
            bytesPerGlyph = PdfName.IdentityH.equals(name) ? 2 : 1;
        } else if (encoding instanceof PdfDictionary stream) {
            PdfNumber mode = stream.getAsNumber(WRITING_MODE);
            if (mode != null && mode.intValue() == 1) {
                return Optional.empty();
            }
        }
        PdfArray descendants = dictionary.getAsArray(PdfName.DescendantFonts);
        PdfDictionary cidFont = descendants == null ? null : descendants.getAsDictionary(0);
        if (cidFont == null) {
            return Optional.empty();
        }
        PdfNumber defaultWidth = cidFont.getAsNumber(PdfName.DW);
        Range widths = new Range(defaultWidth == null ? DEFAULT_CID_WIDTH : defaultWidth.floatValue());
        PdfArray w = cidFont.getAsArray(PdfName.W);
        int i = 0;
        while (w != null && i + 1 < w.size()) {
            // Either "first [w1 w2 ...]" or "first last w".
            if (w.get(i + 1) instanceof PdfArray list) {
                list.forEach(widths::add);
                i += 2;
            } else {
                if (i + 2 < w.size()) {
                    widths.add(w.get(i + 2));
                }
                i += 3;
            }
        }
        return Optional.of(new FontExtent(bytesPerGlyph, widths.low, widths.high, box));
    }

    private static FontExtent simple(PdfDictionary dictionary, float[] box) {
        PdfArray widthArray = dictionary.getAsArray(PdfName.Widths);
        PdfDictionary descriptor = dictionary.getAsDictionary(PdfName.FontDescriptor);
        PdfNumber missing = descriptor == null ? null : descriptor.getAsNumber(PdfName.MissingWidth);
        if (widthArray == null) {
            // A standard font without widths: no glyph of the standard 14 is wider than its box.
            return new FontExtent(1, 0, Math.max(box[2] - Math.min(box[0], 0), 1000), box);
        }
        Range widths = new Range(missing == null ? 0 : missing.floatValue());
        widthArray.forEach(widths::add);
        return new FontExtent(1, widths.low, widths.high, box);
    }

    private static float[] box(PdfFont font) {
        int[] box = font.getFontProgram().getFontMetrics().getBbox();
        if (box == null || box.length < 4 || box[2] <= box[0] || box[3] <= box[1]) {
            return GENEROUS_BOX;
        }
        return new float[] {Math.min(box[0], 0), Math.min(box[1], 0), box[2], box[3]};
    }

    /** Smallest and largest of a set of widths. */
    private static final class Range {
        private float low;
        private float high;

        Range(float first) {
            low = first;
            high = first;
        }

        void add(PdfObject value) {
            if (value instanceof PdfNumber number) {
                low = Math.min(low, number.floatValue());
                high = Math.max(high, number.floatValue());
            }
        }
    }
}
