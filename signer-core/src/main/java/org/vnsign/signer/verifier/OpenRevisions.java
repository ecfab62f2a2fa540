/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.document.DssContent;
import org.vnsign.signer.document.SignedFile;
import org.vnsign.signer.pki.RevocationPool;

/**
 * Earlier revisions of the file being verified, each opened in place once and closed together at
 * the end, and the revocation data of the DSS as each revision had it.
 */
final class OpenRevisions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenRevisions.class);
    private final SignedFile file;
    private final Map<Long, PdfDocument> revisions = new HashMap<>();
    private final Map<Long, RevocationPool> dssAt = new HashMap<>();

    OpenRevisions(SignedFile file) {
        this.file = file;
    }

    /** The document as it was at {@code end} bytes, opened once. */
    PdfDocument at(long end) throws IOException {
        PdfDocument open = revisions.get(end);
        if (open == null) {
            open = file.revision(end);
            revisions.put(end, open);
        }
        return open;
    }

    /** The revocation data of the DSS as it was at {@code end}, parsed once; empty if unreadable. */
    Optional<RevocationPool> dssAt(long end) {
        try {
            if (!dssAt.containsKey(end)) {
                DssContent covered = DssContent.read(at(end));
                dssAt.put(end, new RevocationPool(covered.crls(), covered.ocsps()));
            }
            return Optional.of(dssAt.get(end));
        } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
            LOG.debug("The DSS of the revision ending at {} cannot be read; it proves nothing", end, e);
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        revisions.values().forEach(PdfDocument::close);
    }
}
