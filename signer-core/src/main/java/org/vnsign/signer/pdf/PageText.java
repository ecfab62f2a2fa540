/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pdf;

import com.itextpdf.kernel.geom.LineSegment;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.vnsign.signer.Rect;

/** The text of one page as glyph boxes and lines, for placing signatures and keeping marks off the text. */
final class PageText {
    private final List<Glyph> glyphs;
    private final List<TextLine> lines;

    private PageText(List<Glyph> glyphs) {
        this.glyphs = List.copyOf(glyphs);
        this.lines = group(glyphs);
    }

    static PageText of(PdfPage page) {
        Collector collector = new Collector();
        new PdfCanvasProcessor(collector).processPageContent(page);
        return new PageText(collector.glyphs);
    }

    List<TextLine> lines() {
        return lines;
    }

    /** Boxes of the visible characters that touch the region. */
    List<Rect> boxesWithin(Rect region) {
        List<Rect> boxes = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            if (!glyph.text().isBlank() && glyph.box().intersects(region)) {
                boxes.add(glyph.box());
            }
        }
        return boxes;
    }

    private static List<TextLine> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble((Glyph g) -> -g.baseline()).thenComparingDouble(Glyph::left));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!row.isEmpty() && Math.abs(row.get(0).baseline() - glyph.baseline()) > 0.3f * glyph.height()) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(glyph);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> baselineRow : rows) {
            baselineRow.sort(Comparator.comparingDouble(Glyph::left));
            List<Glyph> run = new ArrayList<>();
            for (Glyph glyph : baselineRow) {
                if (!run.isEmpty() && glyph.left() - run.get(run.size() - 1).right() > 2.5f * glyph.height()) {
                    addLine(lines, run);
                    run = new ArrayList<>();
                }
                run.add(glyph);
            }
            addLine(lines, run);
        }
        return List.copyOf(lines);
    }

    private static void addLine(List<TextLine> lines, List<Glyph> run) {
        if (run.stream().anyMatch(g -> !g.text().isBlank())) {
            lines.add(new TextLine(run));
        }
    }

    /** Collects one glyph per character as the page content is drawn, including text inside form XObjects. */
    private static final class Collector implements IEventListener {
        private final List<Glyph> glyphs = new ArrayList<>();

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            if (!(data instanceof TextRenderInfo info)) {
                return;
            }
            for (TextRenderInfo character : info.getCharacterRenderInfos()) {
                LineSegment ascent = character.getAscentLine();
                LineSegment descent = character.getDescentLine();
                float left = Math.min(
                        descent.getStartPoint().get(0), ascent.getStartPoint().get(0));
                float right = Math.max(
                        descent.getEndPoint().get(0), ascent.getEndPoint().get(0));
                float bottom = Math.min(
                        descent.getStartPoint().get(1), descent.getEndPoint().get(1));
                float top = Math.max(
                        ascent.getStartPoint().get(1), ascent.getEndPoint().get(1));
                float baseline = character.getBaseline().getStartPoint().get(1);
                glyphs.add(new Glyph(character.getText(), left, bottom, right, top, baseline));
            }
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return Set.of(EventType.RENDER_TEXT);
        }
    }
}
