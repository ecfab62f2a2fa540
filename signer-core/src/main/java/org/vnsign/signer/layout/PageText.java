/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import com.itextpdf.kernel.geom.LineSegment;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vnsign.signer.Rect;

/**
 * The text of one page, for keeping marks off the text and for placing signatures. Reading it is
 * the main cost of initialing, so it is read at the cost each use needs: first the cheap bounds of
 * {@link TextBounds}, which rule out most regions a mark is tried in; the boxes of the text runs as
 * drawn only where a bound comes near; the characters grouped into lines (to find a name or "./.")
 * only when asked. Each reading is a pass over that page alone, made once.
 */
final class PageText {
    private final PdfPage page;
    private final PageFrame frame;
    private final TextBounds reader;
    private Optional<List<Rect>> bounds;
    private List<Rect> runs;
    private boolean endMarkPossible;
    private List<TextLine> lines;

    private PageText(PdfPage page, TextBounds reader) {
        this.page = page;
        this.frame = PageFrame.of(page);
        this.reader = reader;
    }

    /**
     * The page's text, not yet read, in the page's shown space ({@link PageFrame}): lines run left
     * to right as the reader sees them, however the page is turned. {@code reader} is shared by the
     * pages of one document.
     */
    static PageText of(PdfPage page, TextBounds reader) {
        return new PageText(page, reader);
    }

    /** The lines of the page, one glyph per character; read on first use. */
    List<TextLine> lines() {
        if (lines == null) {
            List<Glyph> glyphs = new ArrayList<>();
            process(page, info -> {
                for (TextRenderInfo character : info.getCharacterRenderInfos()) {
                    glyphs.add(box(character));
                }
            });
            lines = group(glyphs);
        }
        return lines;
    }

    /**
     * Boxes of the visible text runs that touch the region. When no bound of the page's text
     * touches it, no run can, and the runs are not read.
     */
    List<Rect> boxesWithin(Rect region) {
        if (bounds == null) {
            bounds = reader.of(page)
                    .map(boxes -> boxes.stream().map(frame::toShown).toList());
        }
        if (bounds.isPresent() && bounds.get().stream().noneMatch(region::intersects)) {
            return List.of();
        }
        return runs().stream().filter(region::intersects).toList();
    }

    /**
     * Whether the page's lines can hold the end mark "./.". Read from the text runs, which cost a
     * fifth of the characters grouped into lines: a page none of whose runs has a "/" that could
     * sit between two dots (a dot beside it in the run, or the run's edge, where the neighbouring
     * run may bring one) has none, and a draft without an end mark is not read line by line.
     */
    boolean mayHoldEndMark() {
        runs();
        return endMarkPossible;
    }

    private List<Rect> runs() {
        if (runs == null) {
            List<Rect> found = new ArrayList<>();
            process(page, info -> {
                String text = info.getText();
                if (!text.isBlank()) {
                    found.add(box(info).box());
                    endMarkPossible |= couldBeInEndMark(text);
                }
            });
            runs = List.copyOf(found);
        }
        return runs;
    }

    private static boolean couldBeInEndMark(String run) {
        for (int at = run.indexOf('/'); at >= 0; at = run.indexOf('/', at + 1)) {
            boolean dotBefore = at == 0 || run.charAt(at - 1) == '.';
            boolean dotAfter = at == run.length() - 1 || run.charAt(at + 1) == '.';
            if (dotBefore && dotAfter) {
                return true;
            }
        }
        return false;
    }

    /** The shown box of what {@code info} draws, between its descent and ascent lines. */
    private Glyph box(TextRenderInfo info) {
        LineSegment ascent = info.getAscentLine();
        LineSegment descent = info.getDescentLine();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = Float.MAX_VALUE;
        float top = -Float.MAX_VALUE;
        for (Vector corner :
                List.of(descent.getStartPoint(), descent.getEndPoint(), ascent.getStartPoint(), ascent.getEndPoint())) {
            float[] shown = frame.toShown(corner.get(0), corner.get(1));
            left = Math.min(left, shown[0]);
            right = Math.max(right, shown[0]);
            bottom = Math.min(bottom, shown[1]);
            top = Math.max(top, shown[1]);
        }
        Vector start = info.getBaseline().getStartPoint();
        float baseline = frame.toShown(start.get(0), start.get(1))[1];
        return new Glyph(info.getText(), left, bottom, right, top, baseline);
    }

    /** Runs the page's content, including form XObjects, and hands every text run to {@code sink}. */
    private static void process(PdfPage page, Consumer<TextRenderInfo> sink) {
        IEventListener listener = new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (data instanceof TextRenderInfo info) {
                    sink.accept(info);
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_TEXT);
            }
        };
        new PdfCanvasProcessor(listener).processPageContent(page);
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
}
