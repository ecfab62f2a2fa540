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

    /**
     * An unsigned incremental update that lays a stamp named as VNSign's printed number and date
     * ({@code /VNSignIssueNumbering}) on page 1: only the issuing signature's own stamps are allowed.
     */
    static Path forgeIssueNumbering(Path signed, Path output) throws Exception {
        try (PdfDocument document = append(signed, output)) {
            com.itextpdf.kernel.pdf.annot.PdfStampAnnotation stamp =
                    new com.itextpdf.kernel.pdf.annot.PdfStampAnnotation(new Rectangle(100, 700, 60, 16));
            stamp.setStampName(new com.itextpdf.kernel.pdf.PdfName("VNSignIssueNumbering"));
            stamp.setContents(new PdfString("999"));
            document.getPage(1).addAnnotation(stamp);
        }
        return output;
    }

    /** Puts {@code container} (zero-padded) in place of the last signature's CMS: outside the signed bytes. */
    static Path replaceSignatureContainer(Path signed, byte[] container, Path output) throws Exception {
        byte[] bytes = Files.readAllBytes(signed);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("/ByteRange\\s*\\[\\s*0\\s+(\\d+)\\s+(\\d+)")
                .matcher(text);
        int start = -1;
        int end = -1;
        while (range.find()) {
            start = Integer.parseInt(range.group(1)) + 1;
            end = Integer.parseInt(range.group(2)) - 1;
        }
        String hex = HexFormat.of().formatHex(container);
        if (start < 0 || hex.length() > end - start) {
            throw new IllegalStateException("the container does not fit the signature's /Contents");
        }
        byte[] replacement =
                (hex + "0".repeat(end - start - hex.length())).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(replacement, 0, bytes, start, replacement.length);
        return Files.write(output, bytes);
    }

    /** Breaks the final {@code startxref} keyword by one byte: lenient readers fall back or rebuild. */
    static Path breakFinalStartxref(Path input, Path output) throws Exception {
        byte[] bytes = Files.readAllBytes(input);
        int at = lastIndexOf(bytes, "startxref", bytes.length);
        bytes[at + 8] = 'g';
        return Files.write(output, bytes);
    }

    /** Cuts the file in the middle of its last cross-reference section. */
    static Path truncateLastXref(Path input, Path output) throws Exception {
        byte[] bytes = Files.readAllBytes(input);
        long startxref = finalStartxref(bytes);
        int end = lastIndexOf(bytes, "startxref", bytes.length);
        int cut = (int) (startxref + (end - startxref) / 2);
        return Files.write(output, java.util.Arrays.copyOf(bytes, cut));
    }

    /** Appends a verbatim copy of the last cross-reference section, trailer and startxref. */
    static Path duplicateLastXref(Path input, Path output) throws Exception {
        byte[] bytes = Files.readAllBytes(input);
        int from = (int) finalStartxref(bytes);
        byte[] copy = new byte[bytes.length + (bytes.length - from) + 1];
        System.arraycopy(bytes, 0, copy, 0, bytes.length);
        copy[bytes.length] = '\n';
        System.arraycopy(bytes, from, copy, bytes.length + 1, bytes.length - from);
        return Files.write(output, copy);
    }

    /** Appends an object definition after the last %%EOF, with no cross-reference for it. */
    static Path garbageAfterEof(Path input, Path output) throws Exception {
        byte[] tail = "\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = Files.readAllBytes(input);
        byte[] copy = java.util.Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, copy, bytes.length, tail.length);
        return Files.write(output, copy);
    }

    /**
     * Points the last update's /Prev at the cross-reference of {@code skipTo} bytes' revision (the
     * signed one), skipping the revisions in between: zero-padded to keep every offset.
     */
    static Path prevSkipsRevision(Path input, long skipTo, Path output) throws Exception {
        byte[] bytes = Files.readAllBytes(input);
        long target = finalStartxref(java.util.Arrays.copyOf(bytes, (int) skipTo));
        int prev = lastIndexOf(bytes, "/Prev ", bytes.length) + "/Prev ".length();
        int digits = 0;
        while (Character.isDigit(bytes[prev + digits])) {
            digits++;
        }
        String padded = String.format(Locale.ROOT, "%0" + digits + "d", target);
        if (padded.length() != digits) {
            throw new IllegalStateException("the new /Prev does not fit in " + digits + " digits");
        }
        System.arraycopy(padded.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, prev, digits);
        return Files.write(output, bytes);
    }

    /** Where the file's (or prefix's) last startxref points. */
    static long finalStartxref(byte[] bytes) {
        int at = lastIndexOf(bytes, "startxref", bytes.length) + "startxref".length();
        String rest =
                new String(bytes, at, Math.min(40, bytes.length - at), java.nio.charset.StandardCharsets.US_ASCII);
        return Long.parseLong(rest.trim().split("\\s+")[0]);
    }

    private static int lastIndexOf(byte[] bytes, String text, int before) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = before - needle.length; i >= 0; i--) {
            if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + text + " in the file");
    }

    private static PdfDocument append(Path signed, Path output) throws Exception {
        return new PdfDocument(
                new PdfReader(signed.toFile()),
                new PdfWriter(output.toFile()),
                new StampingProperties().useAppendMode());
    }
}
