/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a signed file reads, for the tests of what the signatures print. */
final class PdfText {
    private PdfText() {}

    /** Page 1 as poppler's pdftotext reads it, stamps included (the number and date printed at issue). */
    static String firstPage(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-layout", "-l", "1", pdf.toString(), "-").start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        return text;
    }

    /** The whole text with the signature widgets' own text (copy, incoming stamp, comment), spaces collapsed. */
    static String withWidgets(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            document.getDocumentCatalog().getAcroForm().flatten();
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
