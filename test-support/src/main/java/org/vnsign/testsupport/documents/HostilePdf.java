/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small PDFs built byte by byte with structures no honest producer writes and that recursive
 * readers fall over: nesting 100,000 deep, a page tree or a form field whose /Kids contains itself.
 * Each is otherwise a well-formed file with a correct cross-reference table.
 */
public final class HostilePdf {
    private static final int DEPTH = 100_000;
    private static final String PAGE = "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>";

    private HostilePdf() {}

    /** A page dictionary holding an array nested {@value #DEPTH} deep. */
    public static Path deepArray(Path output) throws IOException {
        return write(
                output,
                "<</Type/Catalog/Pages 2 0 R>>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/X " + "[".repeat(DEPTH) + "]".repeat(DEPTH) + ">>");
    }

    /** A catalog holding a dictionary nested {@value #DEPTH} deep. */
    public static Path deepDictionary(Path output) throws IOException {
        return write(
                output,
                "<</Type/Catalog/Pages 2 0 R/X " + "<</A ".repeat(DEPTH) + "1" + ">>".repeat(DEPTH) + ">>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                PAGE);
    }

    /** A page-tree node whose /Kids lists itself. */
    public static Path pageTreeCycle(Path output) throws IOException {
        return write(output, "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[2 0 R 3 0 R]/Count 2>>", PAGE);
    }

    /** A signature form field whose /Kids lists itself. */
    public static Path fieldCycle(Path output) throws IOException {
        return write(
                output,
                "<</Type/Catalog/Pages 2 0 R/AcroForm<</Fields[4 0 R]>>>>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                PAGE,
                "<</T(a)/FT/Sig/Kids[4 0 R]>>");
    }

    /** A DER SEQUENCE nested {@code depth} deep, {@code length} bytes long: a CMS no parser should recurse into. */
    public static byte[] nestedSequences(int length) {
        byte[] der = new byte[length];
        int depth = length / 4;
        int at = 0;
        for (int level = 0; level < depth; level++) {
            int remaining = length - at - 4;
            der[at++] = 0x30;
            der[at++] = (byte) 0x82;
            der[at++] = (byte) (remaining >> 8);
            der[at++] = (byte) remaining;
        }
        return der;
    }

    private static Path write(Path output, String... objects) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
        }
        table.append("trailer\n<</Size ")
                .append(objects.length + 1)
                .append("/Root 1 0 R>>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return Files.write(output, out.toByteArray());
    }
}
