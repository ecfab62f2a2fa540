/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.revisions;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.document.SignatureEntry;
import org.vnsign.signer.document.SignedFile;
import org.vnsign.signer.verify.Change;
import org.vnsign.signer.verify.ChangeKind;
import org.vnsign.signer.verify.Reason;

/**
 * What happened after each signature: the strict chain of later updates ({@link UpdateChain}),
 * the viewer's second reading ({@link ViewerReading}) and the comparison of what each signature
 * signed with what the file shows now ({@link RevisionComparison}), judged by the rules in force
 * after it. Hostile structure that breaks a comparison is itself a change, never a crash.
 */
public final class LaterRevisions {
    private static final Logger LOG = LoggerFactory.getLogger(LaterRevisions.class);

    /** Opens the document as it was at a revision end, once (the verification's shared cache). */
    public interface Revisions {
        PdfDocument open(long end) throws IOException;
    }

    private final PdfDocument document;
    private final SignedFile file;
    private final SignatureUtil util;
    private final List<SignatureEntry> entries;
    private final Revisions revisions;
    private final Optional<String> viewerDisagreement;
    private UpdateChain updateChain;

    private LaterRevisions(
            PdfDocument document,
            SignedFile file,
            List<SignatureEntry> entries,
            Revisions revisions,
            Optional<String> viewerDisagreement) {
        this.document = document;
        this.file = file;
        this.util = new SignatureUtil(document);
        this.entries = entries;
        this.revisions = revisions;
        this.viewerDisagreement = viewerDisagreement;
    }

    /** Reads what follows the signatures of {@code document}, cross-reading it as a viewer where needed. */
    public static LaterRevisions read(
            PdfDocument document,
            SignedFile file,
            List<SignatureEntry> entries,
            Revisions revisions,
            Path path,
            Optional<char[]> password)
            throws IOException {
        Optional<String> disagreement = crossCheckNeeded(document, file, entries)
                ? ViewerReading.disagreement(path, password, document)
                : Optional.empty();
        disagreement.ifPresent(d -> LOG.debug("{} reads differently in a viewer: {}", path, d));
        return new LaterRevisions(document, file, entries, revisions, disagreement);
    }

    /** What changed after signature {@code index}; a failure to read the later revisions is a change itself. */
    public List<Change> after(int index) throws IOException {
        try {
            return changes(index);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            LOG.debug(
                    "Comparing the revisions after signature {} failed",
                    entries.get(index).name(),
                    e);
            return List.of(unreadable("change.unreadable"));
        }
    }

    /** What changed after signature {@code index}, judged by the rules in force after it. */
    private List<Change> changes(int index) throws IOException {
        SignatureEntry entry = entries.get(index);
        List<Change> changes = new ArrayList<>();
        viewerDisagreement.ifPresent(where -> changes.add(unreadable("change.readingsDiffer", where)));
        if (last(entry)) {
            return changes;
        }
        if (!updateChain().accountsFor(file, entry.end())) {
            LOG.debug(
                    "Bytes after signature {} are not a chain of updates: {}",
                    entry.name(),
                    updateChain().problem().orElse("?"));
            changes.add(unreadable("change.appended"));
        }
        PdfDocument signed;
        try {
            signed = revisions.open(entry.end());
        } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
            LOG.debug("The revision signed by {} cannot be opened", entry.name(), e);
            changes.add(unreadable("change.repaired"));
            return changes;
        }
        boolean readable = true;
        try {
            changes.addAll(RevisionComparison.compare(
                    signed, document, ChangeRules.after(entries, index), n -> signedLater(index, n)));
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            LOG.debug("Comparing the revisions after signature {} failed", entry.name(), e);
            readable = false;
        }
        // iText repairs a broken cross-reference table when it first meets a bad offset, which may
        // be during the comparison: judge the structure after it.
        PdfReader reader = document.getReader();
        if (!readable || reader.hasRebuiltXref() || reader.hasFixedXref()) {
            changes.add(unreadable("change.repaired"));
        }
        return changes;
    }

    /** The file's chain of updates, walked once back to the earliest signed revision. */
    private UpdateChain updateChain() throws IOException {
        if (updateChain == null) {
            long earliest = entries.stream()
                    .filter(SignatureEntry::usable)
                    .mapToLong(SignatureEntry::end)
                    .min()
                    .orElse(file.length());
            updateChain = UpdateChain.walk(file, earliest);
        }
        return updateChain;
    }

    private static Change unreadable(String key, Object... arguments) {
        return new Change(ChangeKind.UNREADABLE_UPDATE, Optional.empty(), false, Reason.of(key, arguments));
    }

    /**
     * Whether the viewer's reading must be compared: when bytes follow a signature, or the
     * verifier's own reading had to repair the file. A file that a signature covers to its last
     * byte shows what was signed.
     */
    private static boolean crossCheckNeeded(PdfDocument document, SignedFile file, List<SignatureEntry> entries)
            throws IOException {
        PdfReader reader = document.getReader();
        if (reader.hasRebuiltXref() || reader.hasFixedXref()) {
            return true;
        }
        for (SignatureEntry entry : entries) {
            if (entry.usable() && !file.onlyWhitespaceAfter(entry.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether object {@code number} is part of a revision a later signature covers. */
    private boolean signedLater(int index, int number) {
        for (SignatureEntry later : entries.subList(index + 1, entries.size())) {
            if (!later.usable() || later.documentTimestamp()) {
                continue;
            }
            try {
                PdfDocument revision = revisions.open(later.end());
                if (number < revision.getNumberOfPdfObjects() && revision.getPdfObject(number) != null) {
                    return true;
                }
            } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
                return false;
            }
        }
        return false;
    }

    private boolean last(SignatureEntry entry) throws IOException {
        return file.onlyWhitespaceAfter(entry.end());
    }
}
