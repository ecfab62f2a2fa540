/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.signatures.SignatureUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.Corner;
import org.vnsign.signer.IssueNumbering;
import org.vnsign.signer.MarkPosition;
import org.vnsign.signer.Placement;
import org.vnsign.signer.PrintedText;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignNotice;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.document.FieldNames;
import org.vnsign.signer.document.StampNames;

/**
 * Finds where appearances go on a read-only document, in each page's shown space ({@link
 * PageFrame}): the gap between the signer's title and
 * printed name, the approval signature the seal overlaps, the top-right corner of page 1, a free
 * spot in the margin of every initialed page, and the end mark "./." of a draft.
 */
public final class Layout {
    public static final float POINTS_PER_MM = 72f / 25.4f;
    /**
     * Ascent plus descent, and descent, of a Times-like font in ems: how a line's box (what the
     * layout reads) relates to its font size and baseline (what a filled blank is drawn at).
     */
    public static final float LINE_BOX_EMS = 1.107f;

    public static final float DESCENT_EMS = 0.216f;
    /** Approval signatures are searched on the last pages only: the signature block closes the text. */
    private static final int APPROVAL_SEARCH_PAGES = 3;

    private static final float MIN_SIGNATURE_GAP = 20f;
    private static final float MAX_SIGNATURE_HEIGHT = 90f;
    private static final float MAX_SIGNATURE_WIDTH = 220f;
    private static final float TEXT_ONLY_SIGNATURE_WIDTH = 160f;
    private static final float MARK_SIDE_INSET = 10 * POINTS_PER_MM;
    static final String END_MARK = "./.";

    private final PdfDocument document;
    private final Map<Integer, PageText> texts = new HashMap<>();
    private final TextBounds bounds = new TextBounds();

    public Layout(PdfDocument document) {
        this.document = document;
    }

    public record Spot(int page, Rect rect) {}

    public record InitialsSpots(Map<Integer, Rect> marks, Optional<Spot> widget, List<SignNotice> notices) {}

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** A user-given page and rectangle, checked against the document and shifted to the page's crop box. */
    public Spot fixed(Placement.Fixed fixed) throws SignerException {
        int page = fixed.page() == Placement.LAST_PAGE ? pageCount() : fixed.page();
        if (page > pageCount()) {
            throw new SignerException(SignerError.PAGE_OUT_OF_RANGE, "page " + page + " of " + pageCount());
        }
        Rectangle shown = shown(page);
        return new Spot(page, fixed.rect().movedBy(shown.getX(), shown.getY()));
    }

    /**
     * The approval signature: between the title line and the signer's printed name, searched from
     * the last page back. {@code aspect} is the image's width over height, or 0 for a text-only
     * signature.
     */
    public Spot approval(String name, String title, float aspect) throws SignerException {
        String wantedName = TextLine.comparable(name);
        if (wantedName.isEmpty()) {
            throw new SignerException(SignerError.PLACEMENT_NOT_FOUND, "no signer name to look for");
        }
        String wantedTitle = lastLine(title);
        int first = Math.max(1, pageCount() - APPROVAL_SEARCH_PAGES + 1);
        for (int page = pageCount(); page >= first; page--) {
            Optional<Rect> gap = signatureGap(text(page).lines(), wantedName, wantedTitle);
            if (gap.isPresent()) {
                return new Spot(page, fitSignature(gap.get(), aspect));
            }
        }
        throw new SignerException(
                SignerError.PLACEMENT_NOT_FOUND,
                "the signer's name '" + name + "' with a title line above it is not on the last pages");
    }

    /**
     * The gap above the lowest line naming the signer that has the title above it in the same
     * column. Other lines with the name (an initial mark's text, a "Nơi nhận" entry) are skipped.
     */
    private static Optional<Rect> signatureGap(List<TextLine> lines, String wantedName, String wantedTitle) {
        List<TextLine> names = lines.stream()
                .filter(line -> line.comparable().contains(wantedName))
                .sorted(java.util.Comparator.comparingDouble(TextLine::baseline))
                .toList();
        for (TextLine nameLine : names) {
            Optional<Rect> gap = gapAbove(lines, nameLine, wantedTitle);
            if (gap.isPresent()) {
                return gap;
            }
        }
        return Optional.empty();
    }

    private static Optional<Rect> gapAbove(List<TextLine> lines, TextLine nameLine, String wantedTitle) {
        TextLine titleLine = null;
        for (TextLine line : lines) {
            boolean above = line.bottom() > nameLine.top();
            boolean sameColumn = line.right() > nameLine.left() && line.left() < nameLine.right();
            boolean matches = wantedTitle.isEmpty() || line.comparable().contains(wantedTitle);
            if (above && sameColumn && matches && (titleLine == null || line.baseline() < titleLine.baseline())) {
                titleLine = line;
            }
        }
        if (titleLine == null || titleLine.bottom() - nameLine.top() < MIN_SIGNATURE_GAP) {
            return Optional.empty();
        }
        float left = Math.min(titleLine.left(), nameLine.left());
        float right = Math.max(titleLine.right(), nameLine.right());
        float centre = (titleLine.centerX() + nameLine.centerX()) / 2;
        float half = Math.max(centre - left, right - centre);
        return Optional.of(new Rect(centre - half, nameLine.top(), 2 * half, titleLine.bottom() - nameLine.top()));
    }

    /** The largest signature box of the image's aspect ratio centred in the gap, within sane bounds. */
    private static Rect fitSignature(Rect gap, float aspect) {
        float height = Math.min(gap.height() - 4, MAX_SIGNATURE_HEIGHT);
        float width;
        if (aspect > 0) {
            width = Math.min(height * aspect, MAX_SIGNATURE_WIDTH);
            height = width / aspect;
        } else {
            width = TEXT_ONLY_SIGNATURE_WIDTH;
            height = Math.min(height, 40);
        }
        return new Rect(gap.centerX() - width / 2, gap.centerY() - height / 2, width, height);
    }

    /** The approval signature already in the document that an issuing seal goes over: the last visible one. */
    public Optional<Spot> lastApprovalSignature() {
        PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
        if (form == null) {
            return Optional.empty();
        }
        Spot preferred = null;
        Spot any = null;
        for (String name : new SignatureUtil(document).getSignatureNames()) {
            PdfFormField field = form.getField(name);
            if (field == null || name.startsWith(FieldNames.ISSUE) || name.startsWith(FieldNames.INITIALS)) {
                continue;
            }
            for (PdfWidgetAnnotation widget : field.getWidgets()) {
                Rectangle box = widget.getRectangle() == null
                        ? null
                        : widget.getRectangle().toRectangle();
                if (box != null && box.getWidth() > 1 && box.getHeight() > 1 && widget.getPage() != null) {
                    Spot spot = new Spot(
                            document.getPageNumber(widget.getPage()),
                            PageFrame.of(widget.getPage())
                                    .toShown(new Rect(box.getX(), box.getY(), box.getWidth(), box.getHeight())));
                    any = spot;
                    if (name.startsWith(FieldNames.APPROVAL)) {
                        preferred = spot;
                    }
                }
            }
        }
        return Optional.ofNullable(preferred != null ? preferred : any);
    }

    /**
     * The agency signature over an approval signature: the seal's right third over the approval's
     * left third, vertically centred on it, the text block to the seal's left.
     */
    public static Rect issueOver(Rect approval, float sealSize, float textWidth, float textHeight) {
        float sealRight = approval.x() + approval.width() / 3;
        float height = Math.max(sealSize, textHeight);
        float width = sealSize + textWidth;
        return new Rect(sealRight - width, approval.centerY() - height / 2, width, height);
    }

    /** Where a searched block goes (the agency's signature, a stamp, a comment), and whether no spot without text was found. */
    public record FoundSpot(Spot spot, boolean overlapsText) {
        /** What the user is told: that the block covers text on {@code page}, when no free spot was found. */
        public List<SignNotice> notices(int page) {
            return overlapsText ? List.of(new SignNotice(SignNotice.Kind.MARK_OVERLAPS_TEXT, page)) : List.of();
        }
    }

    /**
     * The agency signature over {@code approval}, kept off every word of the page: the seal smaller
     * or shifted where the signer's block leaves too little room (see {@link IssueSearch}).
     */
    public FoundSpot issueOver(Spot approval, float sealSize, float textWidth, float textHeight) {
        PageText text = text(approval.page());
        IssueSearch.Result found =
                IssueSearch.find(approval.rect(), sealSize, textWidth, textHeight, text::boxesWithin);
        return new FoundSpot(new Spot(approval.page(), found.rect()), found.overlapsText());
    }

    /**
     * Where the number and date the clerk assigns are printed on the first page, and what is
     * printed there; nothing when nothing is assigned.
     *
     * @throws SignerException {@link SignerError#NUMBERING_LINE_NOT_FOUND} when the first page has no
     *     line for them, {@link SignerError#NUMBERING_CONFLICT} when it prints something else already
     */
    public List<PrintedText> numbering(IssueNumbering numbering) throws SignerException {
        if (numbering.isEmpty()) {
            return List.of();
        }
        List<PrintedText> fills = NumberingBlanks.find(text(1).lines(), numbering);
        // An earlier issue printed its number and date as stamps, which the page's text does not
        // hold: the same values again print nothing, other values are refused, never laid beside.
        List<String> earlier = new ArrayList<>();
        for (PdfAnnotation annotation : document.getPage(1).getAnnotations()) {
            if (StampNames.ISSUE_NUMBERING.equals(annotation.getPdfObject().getAsName(PdfName.Name))
                    && annotation.getContents() != null) {
                earlier.add(annotation.getContents().toUnicodeString());
            }
        }
        if (earlier.isEmpty()) {
            return fills;
        }
        if (fills.stream().allMatch(fill -> earlier.contains(fill.text()))) {
            return List.of();
        }
        throw new SignerException(
                SignerError.NUMBERING_CONFLICT,
                "the document was already numbered and dated at issue: " + String.join(", ", earlier));
    }

    /**
     * A text block at the top right of page 1 (annex, copy), right edge on the text margin, in the
     * top margin, smaller or moved when words are in the way ({@link TopRightBlock}); whether no
     * spot without text was found.
     */
    public FoundSpot topRightOfFirstPage(float width, float height) {
        MarginSearch.Result spot = TopRightBlock.place(shown(1), text(1), obstacles(1), width, height);
        return new FoundSpot(new Spot(1, spot.rect()), spot.overlapsText());
    }

    /**
     * A block in {@code corner} of {@code page}, or the nearest spot from there, reaching down to the
     * middle of the page, that covers no text and no annotation (the incoming stamp, a comment).
     */
    public FoundSpot freeSpot(int page, Corner corner, float width, float height) throws SignerException {
        if (page < 1 || page > pageCount()) {
            throw new SignerException(SignerError.PAGE_OUT_OF_RANGE, "no page " + page);
        }
        Rectangle crop = shown(page);
        MarginSearch.Result spot =
                new MarginSearch(corner, width, height, crop.getHeight() / 2).find(crop, text(page), obstacles(page));
        return new FoundSpot(new Spot(page, spot.rect()), spot.overlapsText());
    }

    /** Initial marks on the chosen pages, each in the corner or the nearest free spot along the margin. */
    public InitialsSpots initials(Appearance.Initials initials, float width, float height) throws SignerException {
        Map<Integer, Rect> marks = new LinkedHashMap<>();
        List<SignNotice> notices = new ArrayList<>();
        MarginSearch search = new MarginSearch(initials.corner(), width, height);
        for (int page : initials.pages().resolve(pageCount())) {
            Rectangle crop = shown(page);
            if (initials.at().isPresent()) {
                marks.put(page, placedByHand(crop, initials.at().get(), width, height));
                continue;
            }
            MarginSearch.Result spot = search.find(crop, text(page), obstacles(page));
            marks.put(page, spot.rect());
            if (spot.overlapsText()) {
                notices.add(new SignNotice(SignNotice.Kind.MARK_OVERLAPS_TEXT, page));
            }
        }
        Optional<Spot> widget = endMark(width, height);
        if (widget.isEmpty()) {
            notices.add(new SignNotice(SignNotice.Kind.END_MARK_NOT_FOUND, 0));
        }
        return new InitialsSpots(marks, widget, notices);
    }

    /** The hand-placed mark on one page, moved inside the page where the page is smaller. */
    private static Rect placedByHand(Rectangle crop, MarkPosition at, float width, float height) {
        float x = Math.max(0, Math.min(at.x(), crop.getWidth() - width));
        float y = Math.max(0, Math.min(at.y(), crop.getHeight() - height));
        return new Rect(crop.getX() + x, crop.getY() + y, width, height);
    }

    /**
     * Right after the last "./." of the document: centred on its line, else reaching only below or
     * only above it, else below the line, whichever first covers no text of another line (a mark is
     * taller than a line of body text).
     */
    Optional<Spot> endMark(float width, float height) {
        for (int page = pageCount(); page >= 1; page--) {
            if (!text(page).mayHoldEndMark()) {
                continue;
            }
            List<TextLine> lines = text(page).lines();
            for (int i = lines.size() - 1; i >= 0; i--) {
                TextLine line = lines.get(i);
                int at = line.text().lastIndexOf(END_MARK);
                if (at >= 0) {
                    Glyph last = line.glyphAt(at + END_MARK.length() - 1);
                    Rectangle crop = shown(page);
                    float x = last.right() + 4;
                    List<Rect> candidates = new ArrayList<>();
                    if (x + width <= crop.getRight() - MARK_SIDE_INSET) {
                        candidates.add(new Rect(x, last.baseline() - height / 3, width, height));
                        candidates.add(new Rect(x, line.top() - height, width, height));
                        candidates.add(new Rect(x, line.bottom(), width, height));
                    }
                    candidates.add(new Rect(line.left(), line.bottom() - height - 2, width, height));
                    int current = page;
                    Rect chosen = candidates.stream()
                            .filter(candidate -> !coversOtherLines(current, candidate, line))
                            .findFirst()
                            .orElse(candidates.get(0));
                    return Optional.of(new Spot(page, chosen));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a mark beside {@code line} would cover text of the lines above or below it: a mark
     * is taller than a line of body text, so beside the last line it can reach into the previous one.
     */
    private boolean coversOtherLines(int page, Rect mark, TextLine line) {
        return text(page).boxesWithin(mark).stream()
                .anyMatch(box -> box.y() + box.height() / 2 > line.top() || box.y() + box.height() / 2 < line.bottom());
    }

    /** The page's crop box as the reader sees it: the space every spot is in. */
    private Rectangle shown(int page) {
        return PageFrame.of(document.getPage(page)).shown();
    }

    private List<Rect> obstacles(int page) {
        List<Rect> rects = new ArrayList<>();
        PdfPage pdfPage = document.getPage(page);
        PageFrame frame = PageFrame.of(pdfPage);
        for (PdfAnnotation annotation : pdfPage.getAnnotations()) {
            if (annotation.getRectangle() != null) {
                Rectangle box = annotation.getRectangle().toRectangle();
                if (box.getWidth() > 0 && box.getHeight() > 0) {
                    rects.add(frame.toShown(new Rect(box.getX(), box.getY(), box.getWidth(), box.getHeight())));
                }
            }
        }
        return rects;
    }

    private PageText text(int page) {
        return texts.computeIfAbsent(page, p -> PageText.of(document.getPage(p), bounds));
    }

    private static String lastLine(String title) {
        String[] lines = title.strip().split("\\R");
        return TextLine.comparable(lines[lines.length - 1]);
    }
}
