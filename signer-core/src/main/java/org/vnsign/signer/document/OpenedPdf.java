/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.exceptions.KernelExceptionMessageConstant;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;

/**
 * Opens an input PDF and turns every way it can fail into a specific error. A file whose
 * cross-reference table had to be rebuilt is refused: appending a revision to a repaired file
 * gives a result other readers may see differently.
 */
public final class OpenedPdf {
    private OpenedPdf() {}

    /** A reader on the file, not yet read; the caller hands it to a document and closes it. */
    public static PdfReader reader(Path input, Optional<char[]> password) throws SignerException {
        if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
            throw new SignerException(SignerError.FILE_ACCESS, "cannot read " + input);
        }
        try {
            return new PdfReader(input.toFile(), properties(password));
        } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
            throw new SignerException(SignerError.PDF_DAMAGED, "not a readable PDF: " + input, e);
        }
    }

    /** How to open the file, and any earlier revision of it: with the user password when given. */
    public static ReaderProperties properties(Optional<char[]> password) {
        ReaderProperties properties = new ReaderProperties();
        password.ifPresent(p -> properties.setPassword(new String(p).getBytes(StandardCharsets.UTF_8)));
        return properties;
    }

    /** Reads the document in read-only mode and checks that it is sound and fully open. */
    public static PdfDocument read(Path input, Optional<char[]> password) throws SignerException {
        PdfDocument document = open(input, password);
        try {
            checkSound(document.getReader(), input);
            return document;
        } catch (SignerException e) {
            document.close();
            throw e;
        }
    }

    /**
     * Opens the document read-only, however its cross-reference table had to be read: a verifier
     * reports a repaired file rather than refusing it.
     */
    public static PdfDocument open(Path input, Optional<char[]> password) throws SignerException {
        PdfReader reader = reader(input, password);
        PdfDocument document;
        try {
            document = new PdfDocument(reader);
        } catch (BadPasswordException e) {
            closeQuietly(reader);
            throw new SignerException(
                    password.isPresent() ? SignerError.PDF_PASSWORD_INCORRECT : SignerError.PDF_PASSWORD_REQUIRED,
                    "the PDF is encrypted: " + input,
                    e);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            closeQuietly(reader);
            if (KernelExceptionMessageConstant
                    .CERTIFICATE_IS_NOT_PROVIDED_DOCUMENT_IS_ENCRYPTED_WITH_PUBLIC_KEY_CERTIFICATE
                    .equals(e.getMessage())) {
                throw new SignerException(
                        SignerError.PDF_ENCRYPTED_FOR_CERTIFICATE,
                        "the PDF is encrypted for certificate holders, not with a password: " + input,
                        e);
            }
            throw new SignerException(SignerError.PDF_DAMAGED, "the PDF structure is broken: " + input, e);
        }
        return document;
    }

    /** The checks {@link #read} makes, for a reader already opened by a signing document. */
    public static void checkSound(PdfReader reader, Path input) throws SignerException {
        if (reader.hasRebuiltXref() || reader.hasFixedXref()) {
            throw new SignerException(
                    SignerError.PDF_DAMAGED,
                    "the cross-reference table is broken (file truncated or edited): " + input);
        }
        if (reader.isEncrypted() && !reader.isOpenedWithFullPermission()) {
            throw new SignerException(
                    SignerError.PDF_OWNER_PASSWORD_REQUIRED,
                    "signing this encrypted PDF needs its owner password: " + input);
        }
    }

    private static void closeQuietly(PdfReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Nothing to save: the file was only read.
        }
    }
}
