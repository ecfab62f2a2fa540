/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The parser-differential forgery of a signed file, for the window tests: an incremental update
 * that paints over page 1, then the final {@code startxref} broken by one byte, so that a lenient
 * reader falls back to the signed revision while a viewer rebuilds the table and shows the paint.
 */
final class Forgery {
    private Forgery() {}

    static Path behindDamagedTail(Path signed, Path output) throws Exception {
        Path updated = paintedOver(signed, output.resolveSibling("." + output.getFileName() + ".update"));
        byte[] bytes = Files.readAllBytes(updated);
        Files.delete(updated);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        bytes[at + 8] = 'g';
        return Files.write(output, bytes);
    }

    /** The same paint in a well-formed incremental update: every reader shows it. */
    static Path paintedOver(Path signed, Path updated) throws Exception {
        try (PDDocument document = Loader.loadPDF(signed.toFile());
                OutputStream out = Files.newOutputStream(updated)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream paint =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                paint.setNonStrokingColor(1f, 1f, 1f);
                paint.addRect(40, 300, 520, 400);
                paint.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
        }
        return updated;
    }
}
