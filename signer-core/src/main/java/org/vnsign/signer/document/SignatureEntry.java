/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfString;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.verify.SignatureReport;

/**
 * One signature dictionary of the file and the checks on its ByteRange that come before any
 * cryptography: the range must start at byte 0, leave out exactly the hex string of /Contents that
 * the dictionary holds, and end where a revision ends. A range that points elsewhere is how
 * signature-wrapping and universal-forgery attacks make a reader check other bytes than it shows.
 *
 * @param range the ByteRange {@code [a b c d]}, or empty when it is unusable
 * @param rangeProblem why the ByteRange is unusable, in English for the log
 */
public record SignatureEntry(
        String name,
        PdfDictionary dictionary,
        SignatureReport.Type type,
        byte[] contents,
        long[] range,
        Optional<String> rangeProblem,
        Optional<Instant> claimedTime) {
    private static final Logger LOG = LoggerFactory.getLogger(SignatureEntry.class);

    public static SignatureEntry read(String name, PdfDictionary dictionary, boolean certification, SignedFile file)
            throws IOException {
        boolean timestamp = PdfName.DocTimeStamp.equals(dictionary.getAsName(PdfName.Type))
                || PdfName.ETSI_RFC3161.equals(dictionary.getAsName(PdfName.SubFilter));
        SignatureReport.Type type = timestamp
                ? SignatureReport.Type.DOCUMENT_TIMESTAMP
                : certification ? SignatureReport.Type.CERTIFICATION : SignatureReport.Type.APPROVAL;
        PdfString contents = dictionary.getAsString(PdfName.Contents);
        byte[] value = contents == null ? new byte[0] : contents.getValueBytes();
        long[] range = new long[0];
        Optional<String> problem;
        PdfArray array = dictionary.getAsArray(PdfName.ByteRange);
        if (contents == null || value.length == 0) {
            problem = Optional.of("the signature has no /Contents");
        } else if (array == null || array.size() != 4) {
            problem = Optional.of("the ByteRange is missing or does not have four numbers");
        } else {
            range = new long[4];
            for (int i = 0; i < 4; i++) {
                PdfNumber number = array.getAsNumber(i);
                range[i] = number == null ? -1 : number.longValue();
            }
            problem = rangeProblem(range, value, file);
        }
        return new SignatureEntry(name, dictionary, type, value, range, problem, claimedTime(dictionary));
    }

    public boolean documentTimestamp() {
        return type == SignatureReport.Type.DOCUMENT_TIMESTAMP;
    }

    /** Where the signed revision ends. */
    public long end() {
        return range[2] + range[3];
    }

    public boolean usable() {
        return rangeProblem.isEmpty();
    }

    private static Optional<String> rangeProblem(long[] range, byte[] contents, SignedFile file) throws IOException {
        long a = range[0];
        long b = range[1];
        long c = range[2];
        long d = range[3];
        if (a != 0 || b <= 0 || c <= b + 1 || d < 0 || c + d > file.length()) {
            return Optional.of("the ByteRange " + Arrays.toString(range) + " does not fit the file");
        }
        long gap = c - b;
        if (gap > Integer.MAX_VALUE || gap != 2L * contents.length + 2) {
            return Optional.of("the ByteRange gap is not the signature's /Contents");
        }
        byte[] hole = file.read(b, (int) gap);
        if (hole[0] != '<' || hole[hole.length - 1] != '>') {
            return Optional.of("the ByteRange gap is not a hex string");
        }
        byte[] decoded;
        try {
            decoded = HexFormat.of()
                    .parseHex(new String(hole, 1, hole.length - 2, java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            LOG.debug("The ByteRange gap is not a hex string: the range is unusable", e);
            return Optional.of("the ByteRange gap is not a hex string");
        }
        if (!Arrays.equals(decoded, contents)) {
            return Optional.of("the ByteRange gap holds another value than the signature dictionary");
        }
        if (!file.endsRevision(c + d)) {
            return Optional.of("the signed range does not end where a revision ends");
        }
        return Optional.empty();
    }

    /** At most this many characters of a stated reason are reported: it is the signer's text, not a file. */
    static final int MAX_STATED_REASON = 2000;

    /** The /Reason the signer wrote (a signed comment's words), or empty; never more than {@link #MAX_STATED_REASON}. */
    public Optional<String> statedReason() {
        try {
            PdfString reason = dictionary.getAsString(PdfName.Reason);
            if (reason == null) {
                return Optional.empty();
            }
            String text = reason.toUnicodeString().strip();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(text.length() > MAX_STATED_REASON ? text.substring(0, MAX_STATED_REASON) + "…" : text);
        } catch (RuntimeException e) {
            LOG.debug("The signature dictionary's /Reason cannot be read; none reported", e);
            return Optional.empty();
        }
    }

    private static Optional<Instant> claimedTime(PdfDictionary dictionary) {
        PdfString time = dictionary.getAsString(PdfName.M);
        if (time == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PdfDate.decode(time.toString()).toInstant());
        } catch (RuntimeException e) {
            LOG.debug("The signature dictionary's /M is not a PDF date; no claimed time", e);
            return Optional.empty();
        }
    }
}
