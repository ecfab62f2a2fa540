/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.revisions;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfBoolean;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.online.Fingerprints;

/**
 * The second, lenient reading: the file opened as the desktop viewer opens it (PDFBox, which
 * rebuilds a damaged cross-reference from the objects it finds, later definitions winning), and
 * every object reachable from the catalog compared with what the verifier's own reading resolves
 * it to. A difference means the verdict was reached on another document than a viewer shows: a
 * parser-differential forgery, or damage that makes the file ambiguous. Streams are compared by a
 * digest of their stored bytes, so the cost is one more pass over the file.
 */
final class ViewerReading {
    private static final Logger LOG = LoggerFactory.getLogger(ViewerReading.class);
    /** Direct nesting deeper than this is not a document anyone made: treated as a disagreement. */
    private static final int MAX_DEPTH = 64;
    /** Objects compared at most; a file with more gets no verdict of agreement from this check. */
    private static final int MAX_OBJECTS = 1_000_000;

    /**
     * Catalog entries not compared: iText renumbers the structure tree's keys in memory when it
     * opens a tagged file, and the tree shows nothing on a page.
     */
    private static final String SKIPPED_CATALOG_KEY = "StructTreeRoot";

    private ViewerReading() {}

    /**
     * Where the viewer's reading of {@code file} differs from {@code verified}, described for the
     * log and the report ("object 12"); empty when they agree.
     */
    static Optional<String> disagreement(Path file, Optional<char[]> password, PdfDocument verified) {
        try (PDDocument viewer = Loader.loadPDF(
                new RandomAccessReadBufferedFile(file.toFile()),
                password.map(String::new).orElse(""))) {
            return compare(verified, viewer);
        } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
            LOG.debug("The viewer's reading of {} failed", file, e);
            return Optional.of("the file cannot be read as a viewer reads it");
        }
    }

    private static Optional<String> compare(PdfDocument verified, PDDocument viewer) throws IOException {
        PdfObject root = verified.getTrailer().get(PdfName.Root, false);
        COSBase viewerRoot = viewer.getDocument().getTrailer().getItem(COSName.ROOT);
        if (!(root instanceof PdfIndirectReference reference) || !(viewerRoot instanceof COSObject viewerObject)) {
            return Optional.of("the catalog");
        }
        if (reference.getObjNumber() != viewerObject.getKey().getNumber()
                || reference.getGenNumber() != viewerObject.getKey().getGeneration()) {
            return Optional.of("the catalog is object " + viewerObject.getKey().getNumber() + " to a viewer, "
                    + reference.getObjNumber() + " to the verifier");
        }
        Deque<Long> queue = new ArrayDeque<>();
        Map<Long, Boolean> seen = new HashMap<>();
        queue.add(key(reference.getObjNumber(), reference.getGenNumber()));
        seen.put(queue.peek(), true);
        while (!queue.isEmpty()) {
            if (seen.size() > MAX_OBJECTS) {
                return Optional.of("more than " + MAX_OBJECTS + " objects");
            }
            long key = queue.poll();
            int number = (int) (key >>> 16);
            int generation = (int) (key & 0xFFFF);
            PdfObject mine = verified.getPdfObject(number);
            if (mine != null
                    && mine.getIndirectReference() != null
                    && mine.getIndirectReference().getGenNumber() != generation) {
                mine = null;
            }
            COSObject theirs = viewer.getDocument().getObjectFromPool(new COSObjectKey(number, generation));
            COSBase theirValue = theirs == null ? null : theirs.getObject();
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            Deque<Long> found = new ArrayDeque<>();
            boolean catalog = number == reference.getObjNumber();
            write(withoutStructure(mine, catalog), a, found, 0);
            write(withoutStructure(theirValue, catalog), b, new ArrayDeque<>(), 0);
            if (!a.toString().contentEquals(b)) {
                return Optional.of("object " + number);
            }
            for (long next : found) {
                if (seen.putIfAbsent(next, true) == null) {
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    private static PdfObject withoutStructure(PdfObject catalog, boolean isCatalog) {
        if (isCatalog && catalog instanceof PdfDictionary dictionary && !(catalog instanceof PdfStream)) {
            PdfDictionary copy = new PdfDictionary(dictionary);
            copy.remove(new PdfName(SKIPPED_CATALOG_KEY));
            return copy;
        }
        return catalog;
    }

    private static COSBase withoutStructure(COSBase catalog, boolean isCatalog) {
        if (isCatalog && catalog instanceof COSDictionary dictionary && !(catalog instanceof COSStream)) {
            COSDictionary copy = new COSDictionary(dictionary);
            copy.removeItem(COSName.getPDFName(SKIPPED_CATALOG_KEY));
            return copy;
        }
        return catalog;
    }

    private static long key(int number, int generation) {
        return ((long) number << 16) | (generation & 0xFFFF);
    }

    /** iText's object in canonical text; references are noted and queued, not followed. */
    private static void write(PdfObject object, StringBuilder out, Deque<Long> references, int depth)
            throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nested deeper than " + MAX_DEPTH);
        }
        if (object == null || object.isNull()) {
            out.append("null");
        } else if (object instanceof PdfIndirectReference reference) {
            reference(reference.getObjNumber(), reference.getGenNumber(), out, references);
        } else if (object instanceof PdfStream stream) {
            writeDictionary(stream, out, references, depth, true);
            out.append("stream ").append(Fingerprints.sha256Hex(stream.getBytes(false)));
        } else if (object instanceof PdfDictionary dictionary) {
            writeDictionary(dictionary, out, references, depth, false);
        } else if (object instanceof PdfArray array) {
            List<PdfObject> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(array.get(i, false));
            }
            array(items, out, (item, to) -> write(item, to, references, depth + 1));
        } else if (object instanceof PdfName name) {
            out.append('/').append(name.getValue());
        } else if (object instanceof PdfNumber number) {
            out.append(number(number.getValue()));
        } else if (object instanceof PdfString string) {
            hex(string.getValueBytes(), out);
        } else if (object instanceof PdfBoolean bool) {
            out.append(bool.getValue());
        } else {
            out.append("?");
        }
    }

    private static void writeDictionary(
            PdfDictionary dictionary, StringBuilder out, Deque<Long> references, int depth, boolean stream)
            throws IOException {
        TreeMap<String, PdfObject> sorted = new TreeMap<>();
        for (PdfName key : dictionary.keySet()) {
            sorted.put(key.getValue(), dictionary.get(key, false));
        }
        dictionary(sorted, stream, out, (value, to) -> write(value, to, references, depth + 1));
    }

    /** PDFBox's object in the same canonical text. */
    private static void write(COSBase object, StringBuilder out, Deque<Long> references, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nested deeper than " + MAX_DEPTH);
        }
        if (object == null || object instanceof org.apache.pdfbox.cos.COSNull) {
            out.append("null");
        } else if (object instanceof COSObject reference) {
            COSObjectKey key = reference.getKey();
            if (key == null) {
                write(reference.getObject(), out, references, depth + 1);
                return;
            }
            reference(Math.toIntExact(key.getNumber()), key.getGeneration(), out, references);
        } else if (object instanceof COSStream stream) {
            writeDictionary(stream, out, references, depth, true);
            try (InputStream raw = stream.createRawInputStream()) {
                out.append("stream ").append(Fingerprints.sha256Hex(raw.readAllBytes()));
            }
        } else if (object instanceof COSDictionary dictionary) {
            writeDictionary(dictionary, out, references, depth, false);
        } else if (object instanceof COSArray array) {
            List<COSBase> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(array.get(i));
            }
            array(items, out, (item, to) -> write(item, to, references, depth + 1));
        } else if (object instanceof COSName name) {
            out.append('/').append(name.getName());
        } else if (object instanceof COSInteger integer) {
            out.append(number(integer.longValue()));
        } else if (object instanceof COSFloat real) {
            out.append(number(real.floatValue()));
        } else if (object instanceof COSString string) {
            hex(string.getBytes(), out);
        } else if (object instanceof COSBoolean bool) {
            out.append(bool.getValue());
        } else {
            out.append("?");
        }
    }

    private static void writeDictionary(
            COSDictionary dictionary, StringBuilder out, Deque<Long> references, int depth, boolean stream)
            throws IOException {
        TreeMap<String, COSBase> sorted = new TreeMap<>();
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            sorted.put(entry.getKey().getName(), entry.getValue());
        }
        dictionary(sorted, stream, out, (value, to) -> write(value, to, references, depth + 1));
    }

    /** Writes one value of either library's object model. */
    private interface ValueWriter<T> {
        void write(T value, StringBuilder out) throws IOException;
    }

    /** A dictionary's entries in key order; a stream's /Length is left out (its bytes are compared). */
    private static <T> void dictionary(
            TreeMap<String, T> sorted, boolean stream, StringBuilder out, ValueWriter<T> values) throws IOException {
        out.append("<<");
        for (Map.Entry<String, T> entry : sorted.entrySet()) {
            if (stream && "Length".equals(entry.getKey())) {
                continue;
            }
            out.append('/').append(entry.getKey()).append(' ');
            values.write(entry.getValue(), out);
            out.append(' ');
        }
        out.append(">>");
    }

    private static <T> void array(List<T> items, StringBuilder out, ValueWriter<T> values) throws IOException {
        out.append('[');
        for (T item : items) {
            values.write(item, out);
            out.append(' ');
        }
        out.append(']');
    }

    private static void reference(int number, int generation, StringBuilder out, Deque<Long> references) {
        references.add(key(number, generation));
        out.append(number).append(' ').append(generation).append(" R");
    }

    private static void hex(byte[] bytes, StringBuilder out) {
        out.append('<').append(HexFormat.of().formatHex(bytes)).append('>');
    }

    /** A number as both libraries agree on it: whole numbers exactly, others at single precision. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Float.toString((float) value);
    }
}
