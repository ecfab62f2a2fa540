/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import com.itextpdf.io.source.IRandomAccessSource;
import com.itextpdf.io.source.RandomAccessSourceFactory;
import com.itextpdf.io.source.WindowRandomAccessSource;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Byte-level access to a signed file: the ranges a signature covers, streamed; the file as it was
 * at an earlier length (a revision), opened as a document without copying it; where revisions end.
 */
public final class SignedFile {
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_BLOCK = 64 * 1024;
    /** How many bytes after %%EOF a revision's end may lie (its end-of-line, white space). */
    public static final int EOF_SLACK = 16;
    /**
     * Files up to this size are read into memory once: every revision, ByteRange and the scan for
     * %%EOF then read the same bytes (a file changed on disk during verification cannot mix two
     * versions), and iText parses from an array, not through a mapped channel a byte at a time.
     */
    static final long IN_MEMORY_LIMIT = 64L * 1024 * 1024;

    private final Path path;
    private final long length;
    private final ReaderProperties properties;
    private final long inMemoryLimit;
    private List<Long> revisionEnds;
    private byte[] bytes;
    private boolean readIntoMemory;

    public SignedFile(Path path, long length, ReaderProperties properties) {
        this(path, length, properties, IN_MEMORY_LIMIT);
    }

    /** With another in-memory limit: 0 reads every byte from the file, as for a very large one. */
    SignedFile(Path path, long length, ReaderProperties properties, long inMemoryLimit) {
        this.path = path;
        this.length = length;
        this.properties = properties;
        this.inMemoryLimit = inMemoryLimit;
    }

    /** The whole file, read once, when it is small enough to hold. */
    private Optional<byte[]> inMemory() throws IOException {
        if (!readIntoMemory && length <= inMemoryLimit) {
            // Read once: a file whose length changed since it was measured is then read from disk.
            readIntoMemory = true;
            byte[] read = Files.readAllBytes(path);
            bytes = read.length == length ? read : null;
        }
        return Optional.ofNullable(bytes);
    }

    /** A source over the file: a fresh view of the bytes in memory (closing it frees nothing shared). */
    private IRandomAccessSource source() throws IOException {
        Optional<byte[]> held = inMemory();
        return held.isPresent()
                ? new RandomAccessSourceFactory().createSource(held.get())
                : new RandomAccessSourceFactory().createBestSource(path.toString());
    }

    public long length() {
        return length;
    }

    /** {@code count} bytes at {@code offset}. */
    public byte[] read(long offset, int count) throws IOException {
        Optional<byte[]> held = inMemory();
        if (held.isPresent()) {
            byte[] copy = new byte[count];
            int available = (int) Math.max(0, Math.min(count, held.get().length - offset));
            if (available > 0) {
                System.arraycopy(held.get(), (int) offset, copy, 0, available);
            }
            return copy;
        }
        ByteBuffer buffer = ByteBuffer.allocate(count);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) >= 0) {
                // Reads until full or end of file.
            }
        }
        return buffer.array();
    }

    /** The bytes of a ByteRange {@code [a b c d]}: {@code [a, a+b)} then {@code [c, c+d)}. */
    public SignedBytes covered(long[] range) {
        return () -> new SequenceInputStream(window(range[0], range[1]), window(range[2], range[3]));
    }

    /** The bytes {@code [0, end)}: the document as a signature left it. */
    public InputStream prefix(long end) throws IOException {
        return window(0, end);
    }

    /** The document as it was at {@code end} bytes, read in place. */
    public PdfDocument revision(long end) throws IOException {
        PdfReader reader = new PdfReader(new WindowRandomAccessSource(source(), 0, end), properties);
        return new PdfDocument(reader);
    }

    /**
     * The document as it was at {@code end} bytes, read strictly: a damaged cross-reference is an
     * error here rather than something to rebuild.
     */
    public PdfDocument strictRevision(long end) throws IOException {
        PdfReader reader = new PdfReader(new WindowRandomAccessSource(source(), 0, end), properties);
        reader.setStrictnessLevel(PdfReader.StrictnessLevel.CONSERVATIVE);
        try {
            return new PdfDocument(reader);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Where the revision before {@code offset} ends: just after the last %%EOF marker before it. */
    public Optional<Long> revisionEndBefore(long offset) throws IOException {
        Optional<Long> found = Optional.empty();
        for (long end : revisionEnds()) {
            if (end < offset) {
                found = Optional.of(end);
            }
        }
        return found;
    }

    /** The offsets just after every %%EOF marker, found in one pass over the file and kept. */
    public List<Long> revisionEnds() throws IOException {
        if (revisionEnds == null) {
            List<Long> ends = new ArrayList<>();
            for (long position = 0; position < length; position += SCAN_BLOCK) {
                int count = (int) Math.min(SCAN_BLOCK + EOF_MARKER.length, length - position);
                byte[] block = read(position, count);
                for (int i = 0; i + EOF_MARKER.length <= count && i < SCAN_BLOCK; i++) {
                    if (matches(block, i)) {
                        ends.add(position + i + EOF_MARKER.length);
                    }
                }
            }
            revisionEnds = List.copyOf(ends);
        }
        return revisionEnds;
    }

    /** Whether only white space follows {@code offset} to the end of the file. */
    public boolean onlyWhitespaceAfter(long offset) throws IOException {
        if (offset >= length) {
            return true;
        }
        if (length - offset > 64) {
            return false;
        }
        for (byte b : read(offset, (int) (length - offset))) {
            if (b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes just before {@code end} close a revision with %%EOF. */
    boolean endsRevision(long end) throws IOException {
        int count = (int) Math.min(end, EOF_SLACK);
        byte[] tail = read(end - count, count);
        for (int i = 0; i + EOF_MARKER.length <= count; i++) {
            if (matches(tail, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] block, int at) {
        for (int j = 0; j < EOF_MARKER.length; j++) {
            if (block[at + j] != EOF_MARKER[j]) {
                return false;
            }
        }
        return true;
    }

    private InputStream window(long offset, long count) throws IOException {
        Optional<byte[]> held = inMemory();
        if (held.isPresent()) {
            int from = (int) Math.max(0, Math.min(offset, held.get().length));
            return new ByteArrayInputStream(
                    held.get(), from, (int) Math.max(0, Math.min(count, held.get().length - from)));
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ).position(offset);
        InputStream in = Channels.newInputStream(channel);
        return new InputStream() {
            private long remaining = count;

            @Override
            public int read() throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int b = in.read();
                if (b >= 0) {
                    remaining--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int n = in.read(buffer, offset, (int) Math.min(length, remaining));
                if (n > 0) {
                    remaining -= n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
