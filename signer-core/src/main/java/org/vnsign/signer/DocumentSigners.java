/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.time.Clock;
import org.vnsign.signer.pdf.ITextDocumentSigner;

/** Where callers get a {@link DocumentSigner}; the PDF library behind it stays an implementation detail. */
public final class DocumentSigners {
    private DocumentSigners() {}

    /** The PAdES signer, printing the system clock's time. */
    public static DocumentSigner pades() {
        return pades(Clock.systemUTC());
    }

    /** The PAdES signer with a given clock, for reproducible appearances in tests. */
    public static DocumentSigner pades(Clock clock) {
        return new ITextDocumentSigner(clock);
    }
}
