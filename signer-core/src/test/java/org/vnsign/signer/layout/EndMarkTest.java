/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vnsign.signer.appearance.Fonts;

/**
 * The end mark "./." is searched line by line only on pages whose text runs could hold it; the
 * cheap check must never hide a mark that the lines show, however the producer split the runs.
 */
class EndMarkTest {
    private static final String LAST_SENTENCE = Fonts.nfc("Quyết định này có hiệu lực kể từ ngày ký");

    @Test
    void anEndMarkSplitAcrossRunsIsFoundOnItsPage() throws Exception {
        PdfDocument document = document(List.of(
                List.of("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;"),
                List.of(LAST_SENTENCE + ".", "/."),
                List.of("Nơi nhận: 123/QĐ-BTC")));

        Optional<Layout.Spot> spot = new Layout(document).endMark(60, 20);

        assertThat(spot).map(Layout.Spot::page).contains(2);
        assertThat(PageText.of(document.getPage(1), new TextBounds()).mayHoldEndMark())
                .as("dates and numbers have slashes but no dot around them")
                .isFalse();
    }

    @Test
    void everySplitOfTheEndMarkKeepsThePageACandidate() throws Exception {
        for (List<String> runs : List.of(
                List.of(LAST_SENTENCE + "./."),
                List.of(LAST_SENTENCE + ".", "/", "."),
                List.of(LAST_SENTENCE + "./", "."),
                List.of(LAST_SENTENCE, "./."))) {
            PdfDocument document = document(List.of(runs));

            assertThat(PageText.of(document.getPage(1), new TextBounds()).mayHoldEndMark())
                    .as("runs %s", runs)
                    .isTrue();
            assertThat(new Layout(document).endMark(60, 20)).as("runs %s", runs).isPresent();
        }
    }

    @Test
    void aDraftWithoutEndMarkHasNone() throws Exception {
        PdfDocument document = document(List.of(List.of(LAST_SENTENCE + "."), List.of("Trang 2/2")));

        assertThat(new Layout(document).endMark(60, 20)).isEmpty();
    }

    /** One page per entry, each a line of text shown as the given runs, one text-show operation each. */
    private static PdfDocument document(List<List<String>> pages) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument written = new PdfDocument(new PdfWriter(bytes))) {
            PdfFont font = Fonts.serif();
            for (List<String> runs : pages) {
                PdfCanvas canvas = new PdfCanvas(written.addNewPage(PageSize.A4));
                canvas.beginText().setFontAndSize(font, 13).moveText(85, 500);
                runs.forEach(canvas::showText);
                canvas.endText().release();
            }
        }
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
