/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.revisions;

import com.itextpdf.io.source.PdfTokenizer;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.document.SignedFile;

/**
 * Accounts for every byte after the signed revisions: read strictly, the file must be a chain of
 * complete incremental updates, each ending in {@code startxref} that points into its own bytes,
 * then {@code %%EOF}, each trailer's {@code /Prev} naming the cross-reference of the revision just
 * before it; only white space may follow the last {@code %%EOF}.
 *
 * <p>Why: a lenient reader that meets a damaged tail falls back to an earlier cross-reference (and
 * compares the signed revision with itself), while viewers rebuild the table from the objects and
 * show the attacker's later definitions. Whatever cannot be read as such a chain is therefore a
 * change, never "not modified". The chain is walked once from the end of the file back to the
 * earliest signed revision; a signed revision the walk does not reach is one whose later bytes
 * cannot be accounted for.
 */
final class UpdateChain {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateChain.class);
    /** How far before %%EOF the startxref keyword may stand (ISO 32000 puts it on the lines just before). */
    private static final int TAIL_WINDOW = 1024;

    private static final Pattern TAIL =
            Pattern.compile("startxref[\\x00\\t\\n\\f\\r ]+(\\d{1,19})[\\x00\\t\\n\\f\\r ]*%%EOF$");

    private final Set<Long> reached;
    private final Optional<String> problem;

    private UpdateChain(Set<Long> reached, Optional<String> problem) {
        this.reached = reached;
        this.problem = problem;
    }

    /**
     * Walks the update chain of {@code file} from its end back to {@code earliestSignedEnd} (the
     * smallest revision end a signature covers).
     */
    static UpdateChain walk(SignedFile file, long earliestSignedEnd) throws IOException {
        long earliest = revisionEnd(file, earliestSignedEnd);
        List<Long> ends = new ArrayList<>();
        for (long end : file.revisionEnds()) {
            if (end >= earliest) {
                ends.add(end);
            }
        }
        Set<Long> reached = new HashSet<>();
        if (ends.isEmpty()) {
            return new UpdateChain(reached, Optional.of("no %%EOF at or after the signed revision"));
        }
        long last = ends.get(ends.size() - 1);
        if (!file.onlyWhitespaceAfter(last)) {
            return new UpdateChain(reached, Optional.of("data after the last %%EOF at " + last));
        }
        long current = last;
        Revision revision;
        try {
            revision = Revision.read(file, current);
        } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
            LOG.debug("The final revision ending at {} cannot be read strictly", current, e);
            return new UpdateChain(reached, Optional.of("the final cross-reference cannot be read strictly"));
        }
        while (true) {
            reached.add(current);
            if (current == earliest) {
                return new UpdateChain(reached, Optional.empty());
            }
            Optional<String> own = revision.problem(file, current, ends);
            if (own.isPresent()) {
                return new UpdateChain(reached, own);
            }
            Optional<Long> previousEnd = Optional.empty();
            Revision previous = null;
            for (int i = ends.indexOf(current) - 1; i >= 0 && previousEnd.isEmpty(); i--) {
                long candidate = ends.get(i);
                if (candidate >= revision.startxref()) {
                    continue;
                }
                Revision read;
                try {
                    read = Revision.read(file, candidate);
                } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
                    // A %%EOF inside a stream, not a revision's end: keep looking further back.
                    LOG.debug("No revision ends at {}", candidate, e);
                    continue;
                }
                if (read.startxref() != revision.prev().orElse(-1L)) {
                    return new UpdateChain(
                            reached,
                            Optional.of("the update ending at " + current + " skips the revision ending at "
                                    + candidate + " (/Prev "
                                    + revision.prev().map(String::valueOf).orElse("missing")
                                    + ")"));
                }
                previousEnd = Optional.of(candidate);
                previous = read;
            }
            if (previousEnd.isEmpty()) {
                return new UpdateChain(
                        reached,
                        Optional.of("the update ending at " + current + " does not chain to the revision before it"
                                + " (/Prev "
                                + revision.prev().map(String::valueOf).orElse("missing") + ")"));
            }
            current = previousEnd.get();
            revision = previous;
        }
    }

    /**
     * Whether the bytes after the revision ending at {@code end} are a readable chain of updates:
     * the walk from the end of the file reached it.
     */
    boolean accountsFor(SignedFile file, long end) throws IOException {
        return reached.contains(revisionEnd(file, end));
    }

    /**
     * The end of the %%EOF marker that closes the revision a signature covers: a ByteRange may
     * also take in the end-of-line after it.
     */
    private static long revisionEnd(SignedFile file, long signedEnd) throws IOException {
        long found = signedEnd;
        for (long end : file.revisionEnds()) {
            if (end <= signedEnd && signedEnd - end <= SignedFile.EOF_SLACK) {
                found = end;
            }
        }
        return found;
    }

    /** Why the chain could not be walked further, in English for the log. */
    Optional<String> problem() {
        return problem;
    }

    /** One revision read strictly: where its last cross-reference section starts and its /Prev. */
    private record Revision(long startxref, Optional<Long> prev) {
        static Revision read(SignedFile file, long end) throws IOException {
            try (PdfDocument document = file.strictRevision(end)) {
                if (document.getReader().hasRebuiltXref()
                        || document.getReader().hasFixedXref()) {
                    throw new IOException("the cross-reference had to be repaired");
                }
                long startxref = document.getReader().getLastXref();
                PdfNumber prev = lastSection(document, startxref).getAsNumber(PdfName.Prev);
                return new Revision(startxref, prev == null ? Optional.empty() : Optional.of(prev.longValue()));
            }
        }

        /**
         * The dictionary of the last cross-reference section: the trailer after a table, or the
         * cross-reference stream's own dictionary (iText's merged trailer drops a stream's /Prev).
         */
        private static PdfDictionary lastSection(PdfDocument document, long startxref) throws IOException {
            PdfTokenizer tokens = new PdfTokenizer(document.getReader().getSafeFile());
            tokens.seek(startxref);
            tokens.nextValidToken();
            if (tokens.getTokenType() == PdfTokenizer.TokenType.Other && tokens.tokenValueEqualsTo(PdfTokenizer.Xref)) {
                return document.getTrailer();
            }
            if (tokens.getTokenType() != PdfTokenizer.TokenType.Obj) {
                throw new IOException("startxref " + startxref + " points at neither xref nor an object");
            }
            int number = tokens.getObjNr();
            int generation = tokens.getGenNr();
            PdfObject stream = document.getPdfObject(number);
            if (!(stream instanceof PdfStream xrefStream)
                    || stream.getIndirectReference().getGenNumber() != generation
                    || !PdfName.XRef.equals(xrefStream.getAsName(PdfName.Type))) {
                throw new IOException("startxref " + startxref + " points at object " + number
                        + ", which is not this revision's cross-reference stream");
            }
            return xrefStream;
        }

        /** What is wrong with this update's own bytes, which start after the revision before it. */
        Optional<String> problem(SignedFile file, long end, List<Long> ends) throws IOException {
            for (long other : ends) {
                if (other > startxref && other < end) {
                    return Optional.of("the update ending at " + end + " points its startxref " + startxref
                            + " before the revision ending at " + other);
                }
            }
            int count = (int) Math.min(TAIL_WINDOW, end);
            String tail = new String(file.read(end - count, count), StandardCharsets.ISO_8859_1);
            Matcher matcher = TAIL.matcher(tail);
            if (!matcher.find() || Long.parseLong(matcher.group(1)) != startxref) {
                return Optional.of(
                        "the update ending at " + end + " does not end in startxref " + startxref + " and %%EOF");
            }
            if (prev.isEmpty()) {
                return Optional.of("the update ending at " + end + " has no /Prev: it replaces the document");
            }
            return Optional.empty();
        }
    }
}
