/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.AffineTransform;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.vnsign.signer.Rect;
import org.vnsign.signer.appearance.Fonts;

/**
 * The cheap bounds must contain every text run iText's exact reading finds, whatever the text
 * state does to the runs; otherwise a mark could be put over text the bounds missed.
 */
class TextBoundsTest {
    private static final String VIETNAMESE = Fonts.nfc("Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi ./.");
    private static final Rect EVERYWHERE = new Rect(-5000, -5000, 10000, 10000);

    @Test
    void boundsContainEveryRunOfPlainKernedSpacedScaledAndRaisedText() throws Exception {
        assertBoundsContainRuns((canvas, font) -> {
            canvas.beginText()
                    .setFontAndSize(font, 12)
                    .moveText(72, 700)
                    .showText("Plain line")
                    .endText();
            PdfArray kerned = new PdfArray();
            kerned.add(new PdfString("Ker"));
            kerned.add(new PdfNumber(-900));
            kerned.add(new PdfString("ned"));
            kerned.add(new PdfNumber(400));
            kerned.add(new PdfString(" text"));
            canvas.beginText()
                    .setFontAndSize(font, 12)
                    .moveText(72, 650)
                    .showText(kerned)
                    .endText();
            canvas.beginText()
                    .setFontAndSize(font, 12)
                    .setCharacterSpacing(3)
                    .setWordSpacing(8)
                    .setHorizontalScaling(180)
                    .setTextRise(6)
                    .moveText(72, 600)
                    .showText("spaced, scaled and raised")
                    .showText(" then more on the same line")
                    .endText();
            canvas.beginText()
                    .setFontAndSize(font, 12)
                    .setLeading(14)
                    .moveText(72, 550)
                    .newlineShowText("next line")
                    .newlineShowText(5, 2, "next line with spacing")
                    .endText();
            canvas.beginText()
                    .setFontAndSize(font, 12)
                    .setHorizontalScaling(-100)
                    .moveText(300, 500);
            canvas.showText("mirrored").endText();
        });
    }

    @Test
    void boundsFollowTheTransformationMatrixTheTextMatrixAndFormXObjects() throws Exception {
        assertBoundsContainRuns((canvas, font) -> {
            canvas.saveState()
                    .concatMatrix(AffineTransform.getRotateInstance(Math.toRadians(90), 300, 300))
                    .beginText()
                    .setFontAndSize(font, 14)
                    .moveText(300, 300)
                    .showText("turned a quarter")
                    .endText()
                    .restoreState();
            canvas.beginText()
                    .setFontAndSize(font, 10)
                    .setTextMatrix(0.7f, 0.7f, -0.7f, 0.7f, 100, 100)
                    .showText("slanted by the text matrix")
                    .endText();
            PdfFormXObject form = new PdfFormXObject(new Rectangle(0, 0, 300, 60));
            new PdfCanvas(form, canvas.getDocument())
                    .beginText()
                    .setFontAndSize(font, 16)
                    .moveText(5, 20)
                    .showText("inside a form")
                    .endText()
                    .release();
            canvas.addXObjectWithTransformationMatrix(form, 1.5f, 0, 0, 1.5f, 200, 40);
        });
    }

    @Test
    void aVietnameseIdentityHFontIsBoundedFromItsWidthsArray() throws Exception {
        assertBoundsContainRuns((canvas, font) -> canvas.beginText()
                .setFontAndSize(Fonts.serif(), 13)
                .moveText(85, 98)
                .showText(VIETNAMESE)
                .endText());
    }

    @Test
    void aPageWithTextOnlyHigherUpLeavesTheBottomCornerProvablyFree() throws Exception {
        PdfDocument document = document((canvas, font) -> canvas.beginText()
                .setFontAndSize(Fonts.serif(), 13)
                .moveText(85, 98)
                .showText(VIETNAMESE)
                .endText());
        List<Rect> bounds = new TextBounds().of(document.getPage(1)).orElseThrow();

        Rect bottomRightMark = new Rect(450, 14, 100, 40);
        assertThat(bounds).noneMatch(bottomRightMark::intersects);
        assertThat(bounds).anyMatch(new Rect(85, 98, 10, 5)::intersects);
    }

    @Test
    void aType3FontCannotBeBoundedAndLeavesThePageToTheExactReading() throws Exception {
        PdfDocument document = document((canvas, font) -> {
            var type3 = PdfFontFactory.createType3Font(canvas.getDocument(), false);
            type3.addGlyph('a', 500, 0, 0, 500, 500).rectangle(0, 0, 500, 500).fill();
            canvas.beginText()
                    .setFontAndSize(type3, 12)
                    .moveText(72, 72)
                    .showText("a")
                    .endText();
        });

        assertThat(new TextBounds().of(document.getPage(1))).isEmpty();
    }

    private static void assertBoundsContainRuns(BiConsumer<PdfCanvas, PdfFont> drawing) throws Exception {
        PdfDocument document = document(drawing);
        PdfPage page = document.getPage(1);
        TextBounds reader = new TextBounds();
        Optional<List<Rect>> bounds = reader.of(page);
        List<Rect> runs = PageText.of(page, reader).boxesWithin(EVERYWHERE);

        assertThat(bounds).isPresent();
        assertThat(runs).isNotEmpty();
        for (Rect run : runs) {
            assertThat(bounds.get()).as("a bound containing the run %s", run).anyMatch(bound -> contains(bound, run));
        }
    }

    private static boolean contains(Rect outer, Rect inner) {
        float slack = 0.01f;
        return inner.x() >= outer.x() - slack
                && inner.y() >= outer.y() - slack
                && inner.x() + inner.width() <= outer.x() + outer.width() + slack
                && inner.y() + inner.height() <= outer.y() + outer.height() + slack;
    }

    /** A one-page document drawn by {@code drawing}, written and read back as a signer would read it. */
    private static PdfDocument document(BiConsumer<PdfCanvas, PdfFont> drawing) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument written = new PdfDocument(new PdfWriter(bytes))) {
            PdfPage page = written.addNewPage(PageSize.A4);
            PdfCanvas canvas = new PdfCanvas(page);
            drawing.accept(canvas, PdfFontFactory.createFont(StandardFonts.HELVETICA));
            canvas.release();
        }
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
