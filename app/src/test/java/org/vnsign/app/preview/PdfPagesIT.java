/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;

class PdfPagesIT {
    @TempDir
    Path dir;

    @Test
    void aRotatedPageIsShownSidewaysAndRenderedAtTheAskedWidth() throws Exception {
        Path file = dir.resolve("landscape.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            PDPage turned = new PDPage(PDRectangle.A4);
            turned.setRotation(90);
            document.addPage(turned);
            document.save(file.toFile());
        }

        try (PdfPages pages = PdfPages.open(file, null, new PageCache(PdfPages.CACHE_BYTES))) {
            PageSize sideways = pages.sizes().get(1);
            assertThat(sideways.width()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(sideways.height()).isEqualTo(PDRectangle.A4.getWidth());
            PageImage image = pages.renderNow(2, 842);
            assertThat(image.width()).isBetween(841, 842);
            assertThat(image.height()).isBetween(594, 596);
        }
    }

    @Test
    void renderedPagesComeFromTheCacheTheSecondTime() throws Exception {
        Path file = new Decree30Pdf().pages(2).write(dir.resolve("cv.pdf"));
        PageCache cache = new PageCache(PdfPages.CACHE_BYTES);
        try (PdfPages pages = PdfPages.open(file, null, cache)) {
            PageImage first = pages.renderNow(1, 400);

            assertThat(pages.renderNow(1, 400)).isSameAs(first);
            assertThat(cache.usedBytes()).isEqualTo(first.bytes());
        }
    }

    @Test
    void anEncryptedPdfNeedsItsPassword() throws Exception {
        Path file = new Decree30Pdf().writeEncrypted(dir.resolve("mat.pdf"), "mật-khẩu", "owner");
        PageCache cache = new PageCache(PdfPages.CACHE_BYTES);

        assertThatThrownBy(() -> PdfPages.open(file, null, cache)).isInstanceOf(PdfPages.PasswordNeeded.class);
        try (PdfPages pages = PdfPages.open(file, "mật-khẩu".toCharArray(), cache)) {
            assertThat(pages.pageCount()).isEqualTo(2);
        }
        assertThat(Files.exists(file)).isTrue();
    }
}
