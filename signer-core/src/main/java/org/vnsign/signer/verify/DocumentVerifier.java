/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.nio.file.Path;
import org.vnsign.signer.SignerException;

/** Verifies the signatures of a PDF, and gives back exactly what each one signed. */
public interface DocumentVerifier {

    /**
     * Verifies every signature and document time-stamp of the file. A file that is not a readable
     * PDF is an exception ({@code PDF_DAMAGED}, {@code PDF_PASSWORD_REQUIRED}, ...); a signature
     * that is broken is a report entry, not an exception.
     */
    VerificationReport verify(VerifyRequest request) throws SignerException;

    /**
     * Writes the bytes signature {@code index} (1-based, as in the report) covers, the document as
     * it was signed, to {@code output}: atomically, never over the input, and over an existing
     * file only when {@code overwrite}.
     */
    Path extractRevision(Path pdf, int index, Path output, boolean overwrite) throws SignerException;
}
