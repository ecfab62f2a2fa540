/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An official letter ("công văn") made by LibreOffice Writer 7.4: {@code cong-van-libreoffice.html}
 * beside it converted with {@code soffice --headless --convert-to pdf:writer_pdf_Export}. Kept as
 * a file so the tests need no LibreOffice; it is what most agencies' drafts are made with.
 */
public final class LibreOfficeDocument {
    private LibreOfficeDocument() {}

    public static Path writeTo(Path file) {
        try (InputStream in = LibreOfficeDocument.class.getResourceAsStream("cong-van-libreoffice.pdf")) {
            if (in == null) {
                throw new IllegalStateException("cong-van-libreoffice.pdf is missing from test-support");
            }
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
