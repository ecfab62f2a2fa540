/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How signed files reach the disk: never onto the input, never over an existing file unless asked,
 * and atomically (a temporary file in the target folder, renamed when complete), so that a crash,
 * a wrong PIN or a pulled token leaves no half-written file.
 */
public final class OutputFiles {
    /** Suffix of signed files: {@code report.pdf} becomes {@code report.signed.pdf}. */
    public static final String SIGNED = "signed";
    /** Suffix of initialed drafts: {@code draft.pdf} becomes {@code draft.initialed.pdf}. */
    public static final String INITIALED = "initialed";
    /** Suffix of a file issued with the agency's signature and seal ("phát hành"). */
    public static final String ISSUED = "issued";
    /** Suffix of a received document stamped "ĐẾN" by the receiving agency. */
    public static final String RECEIVED = "received";
    /** Suffix of a document with a signed opinion. */
    public static final String COMMENTED = "commented";
    /** Suffix of extended files: {@code report.signed.pdf} becomes {@code report.signed.extended.pdf}. */
    public static final String EXTENDED = "extended";

    private OutputFiles() {}

    /**
     * The suffix that says what a signature of {@code kind} did to the file: initialed, issued, or
     * signed (approval, annex, copy, invisible). One place, so the CLI and the desktop name alike.
     */
    public static String suffixFor(SignatureKind kind) {
        return switch (kind) {
            case INITIALS -> INITIALED;
            case ISSUE -> ISSUED;
            case INCOMING -> RECEIVED;
            case COMMENT -> COMMENTED;
            case APPROVAL, ANNEX, COPY, INVISIBLE -> SIGNED;
        };
    }

    /** {@code <name>.<suffix>.pdf} next to the input, or in {@code directory} when given. */
    public static Path defaultOutput(Path input, String suffix, Path directory) {
        String name = input.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        Path folder = directory != null ? directory : input.toAbsolutePath().getParent();
        Matcher again = Pattern.compile("(.*)\\." + Pattern.quote(suffix) + "(?:-(\\d{1,6}))?")
                .matcher(base);
        if (again.matches()) {
            // The same step again (a second approval): numbered, never "x.signed.signed.pdf".
            int next = again.group(2) == null ? 2 : Integer.parseInt(again.group(2)) + 1;
            return folder.resolve(again.group(1) + "." + suffix + "-" + next + ".pdf");
        }
        return folder.resolve(base + "." + suffix + ".pdf");
    }

    /** Refuses an output that is the input, that exists without {@code overwrite}, or whose folder is missing. */
    public static void requireWritable(Path input, Path output, boolean overwrite) throws SignerException {
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        try {
            if (in.equals(out) || (Files.exists(out) && Files.isSameFile(in, out))) {
                throw new SignerException(SignerError.OUTPUT_IS_INPUT, "the output would replace the input: " + out);
            }
        } catch (IOException e) {
            throw new SignerException(SignerError.FILE_ACCESS, "cannot compare " + in + " and " + out, e);
        }
        if (Files.exists(out) && !overwrite) {
            throw new SignerException(SignerError.OUTPUT_EXISTS, "the output exists: " + out);
        }
        Path folder = out.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new SignerException(SignerError.FILE_ACCESS, "cannot write into the folder of " + out);
        }
    }

    /** Temporary files of the same output untouched for this long were left by a run that was killed. */
    static final Duration ABANDONED = Duration.ofMinutes(10);

    /**
     * A fresh, hidden, not yet created path in the output's folder for the file being written.
     * Temporary files of the same output that a killed run left behind (untouched for {@link
     * #ABANDONED}) are removed first.
     */
    public static Path temporaryFor(Path output) {
        Path out = output.toAbsolutePath().normalize();
        removeAbandoned(out);
        return out.resolveSibling("." + out.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    private static void removeAbandoned(Path out) {
        Path folder = out.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        String prefix = "." + out.getFileName() + ".";
        Instant before = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(
                folder,
                path -> path.getFileName().toString().startsWith(prefix)
                        && path.getFileName().toString().endsWith(".part"))) {
            for (Path temporary : temporaries) {
                if (Files.getLastModifiedTime(temporary).toInstant().isBefore(before)) {
                    Files.deleteIfExists(temporary);
                }
            }
        } catch (IOException e) {
            // A leftover hidden .part file is harmless; signing goes on.
        }
    }

    /**
     * Moves the complete temporary file to its final name. Without {@code overwrite} a hard link
     * claims the name first, so a file that appeared meanwhile is never replaced.
     */
    public static void publish(Path temporary, Path output, boolean overwrite) throws SignerException {
        Path out = output.toAbsolutePath().normalize();
        try {
            if (!overwrite && linkedInPlace(temporary, out)) {
                Files.delete(temporary);
                return;
            }
            if (!overwrite && Files.exists(out)) {
                throw new SignerException(SignerError.OUTPUT_EXISTS, "the output appeared while signing: " + out);
            }
            try {
                Files.move(temporary, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SignerException(SignerError.FILE_ACCESS, "cannot write " + out, e);
        }
    }

    private static boolean linkedInPlace(Path temporary, Path out) throws SignerException, IOException {
        try {
            Files.createLink(out, temporary);
            return true;
        } catch (FileAlreadyExistsException e) {
            throw new SignerException(SignerError.OUTPUT_EXISTS, "the output appeared while signing: " + out, e);
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
    }

    /** Deletes a temporary file left by a failed signing; never throws. */
    public static void discard(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // A leftover hidden .part file is harmless; the signing error is what the user needs.
        }
    }
}
