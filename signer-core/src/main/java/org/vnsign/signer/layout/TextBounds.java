/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.ParserGraphicsState;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vnsign.signer.Rect;

/**
 * Boxes that surely contain every text run of a page, found without decoding a glyph: the run's
 * start from the text matrix, its length from the byte count and the font's widest glyph. Reading
 * a page this way costs a fraction of iText's text extraction, which decodes and measures every
 * glyph; initialing 200 pages reads each page once, and on most pages the mark's corner is far from
 * any of these boxes, so the exact reading is needed only where a box comes near.
 *
 * <p>The graphics state, form XObjects and resources are iText's; only the text operators are
 * replaced. One instance serves every page of a document, so each font is read once.
 */
final class TextBounds {
    private final Processor processor = new Processor();

    /**
     * The boxes, in the page's default user space, or empty when the page uses a font these bounds
     * cannot handle (Type 3, vertical writing) or content iText cannot read: then only the exact
     * reading will do.
     */
    Optional<List<Rect>> of(PdfPage page) {
        return processor.read(page);
    }

    /** A processor whose text operators bound the runs instead of measuring them. */
    private static final class Processor extends PdfCanvasProcessor {
        private final List<Rect> boxes = new ArrayList<>();
        private final Map<PdfFont, Optional<FontExtent>> extents = new IdentityHashMap<>();
        private boolean bounded;
        private Matrix textMatrix = new Matrix();
        private Matrix lineMatrix = new Matrix();
        /** Where the pen may be after the runs shown since the last line move, in text space. */
        private float penLow;

        private float penHigh;

        Processor() {
            super(new Silent());
            registerContentOperator("BT", (p, o, operands) -> moveTo(new Matrix()));
            registerContentOperator("ET", (p, o, operands) -> moveTo(new Matrix()));
            registerContentOperator(
                    "Tm",
                    (p, o, operands) -> moveTo(new Matrix(
                            number(operands, 0),
                            number(operands, 1),
                            number(operands, 2),
                            number(operands, 3),
                            number(operands, 4),
                            number(operands, 5))));
            registerContentOperator("Td", (p, o, operands) -> moveLine(number(operands, 0), number(operands, 1)));
            registerContentOperator("TD", (p, o, operands) -> {
                getGraphicsState().setLeading(-number(operands, 1));
                moveLine(number(operands, 0), number(operands, 1));
            });
            registerContentOperator("T*", (p, o, operands) -> nextLine());
            registerContentOperator("Tj", (p, o, operands) -> show(operands.get(0)));
            registerContentOperator("TJ", (p, o, operands) -> show(operands.get(0)));
            registerContentOperator("'", (p, o, operands) -> {
                nextLine();
                show(operands.get(0));
            });
            registerContentOperator("\"", (p, o, operands) -> {
                getGraphicsState().setWordSpacing(number(operands, 0));
                getGraphicsState().setCharSpacing(number(operands, 1));
                nextLine();
                show(operands.get(2));
            });
        }

        Optional<List<Rect>> read(PdfPage page) {
            reset();
            boxes.clear();
            bounded = true;
            try {
                processPageContent(page);
            } catch (ITextException | IllegalStateException | ClassCastException | NullPointerException e) {
                // Content iText's own reading would also stumble on (a font missing from the
                // resources, an operand of the wrong type): leave the page to the exact reading.
                return Optional.empty();
            }
            return bounded ? Optional.of(List.copyOf(boxes)) : Optional.empty();
        }

        private static float number(List<PdfObject> operands, int index) {
            return ((PdfNumber) operands.get(index)).floatValue();
        }

        private void moveTo(Matrix matrix) {
            textMatrix = matrix;
            lineMatrix = matrix;
            penLow = 0;
            penHigh = 0;
        }

        private void moveLine(float x, float y) {
            moveTo(new Matrix(x, y).multiply(lineMatrix));
        }

        private void nextLine() {
            moveLine(0, -getGraphicsState().getLeading());
        }

        /**
         * Bounds one Tj or TJ: every pen position lies between the start and the sum of the
         * largest forward (or backward) steps, every glyph within the font's box around its pen.
         */
        private void show(PdfObject shown) {
            ParserGraphicsState state = getGraphicsState();
            Optional<FontExtent> found = state.getFont() == null
                    ? Optional.empty()
                    : extents.computeIfAbsent(state.getFont(), FontExtent::of);
            if (found.isEmpty()) {
                bounded = false;
                return;
            }
            FontExtent font = found.get();
            float size = state.getFontSize() / 1000f;
            float scale = state.getHorizontalScaling() / 100f;
            float spacing = state.getCharSpacing();
            float word = state.getWordSpacing();
            float narrow = Math.min(font.narrowest() * size, font.widest() * size) + spacing + Math.min(0, word);
            float wide = Math.max(font.narrowest() * size, font.widest() * size) + spacing + Math.max(0, word);
            float stepLow = Math.min(narrow * scale, wide * scale);
            float stepHigh = Math.max(narrow * scale, wide * scale);
            Steps steps = new Steps();
            if (shown instanceof PdfArray array) {
                for (PdfObject item : array) {
                    if (item instanceof PdfString string) {
                        steps.glyphs(glyphs(string, font), stepLow, stepHigh);
                    } else if (item instanceof PdfNumber adjustment) {
                        float step = -adjustment.floatValue() * size * scale;
                        steps.glyphs(1, step, step);
                    }
                }
            } else if (shown instanceof PdfString string) {
                steps.glyphs(glyphs(string, font), stepLow, stepHigh);
            }
            float[] box = font.box();
            float left = penLow + steps.farthestBack + Math.min(box[0] * size * scale, box[2] * size * scale);
            float right = penHigh + steps.farthestForward + Math.max(box[0] * size * scale, box[2] * size * scale);
            float rise = state.getTextRise();
            float bottom = rise + Math.min(box[1] * size, box[3] * size);
            float top = rise + Math.max(box[1] * size, box[3] * size);
            boxes.add(userBox(left, bottom, right, top, textMatrix.multiply(state.getCtm())));
            penLow += steps.totalLow;
            penHigh += steps.totalHigh;
        }

        /**
         * The most glyphs the string can show. iText's content parser keeps each byte of a shown
         * string as one char of its value, so the value's length is the byte count, without the
         * encoding round trip of {@link PdfString#getValueBytes()}.
         */
        private static int glyphs(PdfString string, FontExtent font) {
            int bytes = string.getValue().length();
            return (bytes + font.bytesPerGlyph() - 1) / font.bytesPerGlyph();
        }

        private static Rect userBox(float left, float bottom, float right, float top, Matrix toUser) {
            float[][] corners = {{left, bottom}, {right, bottom}, {left, top}, {right, top}};
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (float[] corner : corners) {
                float x = corner[0] * toUser.get(Matrix.I11)
                        + corner[1] * toUser.get(Matrix.I21)
                        + toUser.get(Matrix.I31);
                float y = corner[0] * toUser.get(Matrix.I12)
                        + corner[1] * toUser.get(Matrix.I22)
                        + toUser.get(Matrix.I32);
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            return new Rect(minX, minY, Math.max(maxX - minX, 0.1f), Math.max(maxY - minY, 0.1f));
        }
    }

    /** The pen's movement over one run: its possible total, and the farthest it may reach either way. */
    private static final class Steps {
        private float totalLow;
        private float totalHigh;
        private float farthestBack;
        private float farthestForward;

        void glyphs(int count, float low, float high) {
            totalLow += count * low;
            totalHigh += count * high;
            farthestBack += count * Math.min(0, low);
            farthestForward += count * Math.max(0, high);
        }
    }

    /**
     * Hears nothing: the boxes are collected by the text operators themselves. It claims text
     * events only so that iText installs its text-state operators (Tf, Tc, Tz, ...), which it
     * leaves out for listeners without them; the show operators that would raise them are replaced.
     */
    private static final class Silent implements IEventListener {
        @Override
        public void eventOccurred(IEventData data, EventType type) {
            // The replaced show operators raise no event.
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return EnumSet.of(EventType.RENDER_TEXT);
        }
    }
}
