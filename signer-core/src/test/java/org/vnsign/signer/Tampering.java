/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.annot.PdfSquareAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.cms.CMSSignedData;

/** The changes an attacker or a careless tool makes to a signed file, each written to a new file. */
final class Tampering {
    private Tampering() {}

    /** Flips one byte of the binary comment on the header's second line: inside the signed bytes, harmless to parsing. */
    static Path flipSignedByte(Path signed, Path output) throws Exception {
        byte[] bytes = Files.readAllBytes(signed);
        for (int i = 8; i < 32; i++) {
            if ((bytes[i] & 0x80) != 0) {
                bytes[i] ^= 0x01;
                return Files.write(output, bytes);
            }
        }
        throw new IllegalStateException("no binary header comment in " + signed);
    }

    /** Flips one hex digit of the signature value inside /Contents: outside the signed bytes. */
    static Path flipSignatureValue(Path signed, Path output) throws Exception {
        byte[] container = SigningFixture.lastSignatureContainer(signed);
        byte[] value =
                new CMSSignedData(container).getSignerInfos().iterator().next().getSignature();
        String hex = HexFormat.of().formatHex(value, 0, 16);
        String file = new String(Files.readAllBytes(signed), java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = file.toLowerCase(Locale.ROOT).indexOf(hex);
        if (at < 0) {
            throw new IllegalStateException("signature value not found in " + signed);
        }
        byte[] bytes = Files.readAllBytes(signed);
        bytes[at + 4] = (byte) (bytes[at + 4] == '0' ? '1' : '0');
        return Files.write(output, bytes);
    }

    /** An incremental update that writes new text over page 1. */
    static Path drawOnPage(Path signed, Path output) throws Exception {
        try (PdfDocument document = append(signed, output)) {
            new PdfCanvas(
                            document.getPage(1).newContentStreamAfter(),
                            document.getPage(1).getResources(),
                            document)
                    .setFillColor(ColorConstants.WHITE)
                    .rectangle(50, 500, 500, 200)
                    .fill()
                    .release();
        }
        return output;
    }

    /** An incremental update that appends a page. */
    static Path addPage(Path signed, Path output) throws Exception {
        try (PdfDocument document = append(signed, output)) {
            document.addNewPage(PageSize.A4);
        }
        return output;
    }

    /** An incremental update that lays an opaque square annotation over the text of page 1. */
    static Path annotateOverText(Path signed, Path output) throws Exception {
        try (PdfDocument document = append(signed, output)) {
            PdfSquareAnnotation square = new PdfSquareAnnotation(new Rectangle(50, 500, 500, 200));
            square.setInteriorColor(new float[] {1, 1, 1});
            square.setContents(new PdfString("covered"));
            document.getPage(1).addAnnotation(square);
        }
        return output;
    }

    private static PdfDocument append(Path signed, Path output) throws Exception {
        return new PdfDocument(
                new PdfReader(signed.toFile()),
                new PdfWriter(output.toFile()),
                new StampingProperties().useAppendMode());
    }
}
