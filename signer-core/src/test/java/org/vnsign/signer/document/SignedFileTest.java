/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.ReaderProperties;
import com.itextpdf.kernel.pdf.StampingProperties;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read into memory once and a file read from disk each time (as one over the in-memory
 * limit is) give the same bytes, revision ends and revisions.
 */
class SignedFileTest {
    @TempDir
    Path dir;

    @Test
    void inMemoryAndOnDiskReadingsAgree() throws Exception {
        Path file = twoRevisions();
        long length = Files.size(file);
        SignedFile memory = new SignedFile(file, length, new ReaderProperties());
        SignedFile disk = new SignedFile(file, length, new ReaderProperties(), 0);

        assertThat(memory.revisionEnds()).hasSize(2).isEqualTo(disk.revisionEnds());
        long firstEnd = memory.revisionEnds().get(0);
        assertThat(memory.read(0, 64)).isEqualTo(disk.read(0, 64));
        assertThat(memory.read(length - 10, 20)).isEqualTo(disk.read(length - 10, 20));
        assertThat(memory.read(length + 5, 4))
                .isEqualTo(disk.read(length + 5, 4))
                .containsOnly(0);
        assertThat(all(memory.prefix(firstEnd))).isEqualTo(all(disk.prefix(firstEnd)));
        long[] range = {0, 100, 200, length - 200};
        try (InputStream a = memory.covered(range).open();
                InputStream b = disk.covered(range).open()) {
            assertThat(a.readAllBytes()).isEqualTo(b.readAllBytes()).hasSize((int) length - 100);
        }
        try (PdfDocument a = memory.revision(firstEnd);
                PdfDocument b = disk.strictRevision(firstEnd)) {
            assertThat(a.getNumberOfPages()).isEqualTo(1).isEqualTo(b.getNumberOfPages());
        }
        try (PdfDocument a = memory.strictRevision(length)) {
            assertThat(a.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(memory.onlyWhitespaceAfter(length)).isTrue();
        assertThat(memory.onlyWhitespaceAfter(firstEnd))
                .isEqualTo(disk.onlyWhitespaceAfter(firstEnd))
                .isFalse();
    }

    private Path twoRevisions() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(first))) {
            document.addNewPage();
        }
        Path file = dir.resolve("two-revisions.pdf");
        try (PdfDocument document = new PdfDocument(
                new PdfReader(new java.io.ByteArrayInputStream(first.toByteArray())),
                new PdfWriter(file.toString()),
                new StampingProperties().useAppendMode())) {
            document.addNewPage();
        }
        return file;
    }

    private static byte[] all(InputStream in) throws Exception {
        try (in) {
            return in.readAllBytes();
        }
    }
}
