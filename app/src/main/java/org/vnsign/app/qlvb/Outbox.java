/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed files on their way to the document system, kept in the user's data folder until the
 * server acknowledges them: a copy of the file and its {@code entry.json} per folder. An entry
 * appears complete or not at all (written aside, then renamed), survives a restart of VNSign, and
 * leaves only when delivered. Not for concurrent use by two processes.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final String FILE = "signed.pdf";
    private static final String ENTRY = "entry.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path folder;

    public Outbox(Path folder) {
        this.folder = folder;
    }

    /** Puts a copy of {@code signed} in the outbox, before any upload is tried. */
    public OutboxEntry add(Path signed, Destination destination, Instant now) throws IOException {
        createPrivately(folder);
        String id = now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
        OutboxEntry entry = new OutboxEntry(
                id,
                UUID.randomUUID().toString(),
                destination,
                signed.getFileName().toString(),
                now,
                0,
                "",
                now);
        Path partial = folder.resolve("." + id + ".part");
        Files.createDirectories(partial);
        Files.copy(signed, partial.resolve(FILE));
        JSON.writeValue(partial.resolve(ENTRY).toFile(), entry);
        move(partial, folder.resolve(id));
        return entry;
    }

    /** Every entry waiting, oldest first; an unreadable entry is logged and left in place. */
    public List<OutboxEntry> pending() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<OutboxEntry> entries = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList()) {
                try {
                    entries.add(JSON.readValue(child.resolve(ENTRY).toFile(), OutboxEntry.class));
                } catch (IOException e) {
                    LOG.warn("Outbox entry {} is unreadable and stays where it is", child, e);
                }
            }
        }
        entries.sort(Comparator.comparing(OutboxEntry::created));
        return entries;
    }

    /** The signed file of {@code entry}. */
    public Path file(OutboxEntry entry) {
        return folder.resolve(entry.id()).resolve(FILE);
    }

    /** Records a failed attempt. */
    public void update(OutboxEntry entry) throws IOException {
        Path target = folder.resolve(entry.id()).resolve(ENTRY);
        Path partial = target.resolveSibling(ENTRY + ".part");
        JSON.writeValue(partial.toFile(), entry);
        move(partial, target);
    }

    /** The server acknowledged the file: the entry leaves the outbox. */
    public void delivered(OutboxEntry entry) throws IOException {
        drop(entry);
    }

    /**
     * The user gives up on delivering {@code entry} (say the document system no longer waits for
     * it) and takes the file out of the outbox; the UI offers to save it elsewhere first.
     */
    public void remove(OutboxEntry entry) throws IOException {
        drop(entry);
        LOG.info("Outbox entry {} ({}) removed by the user", entry.id(), entry.fileName());
    }

    /**
     * Copies the signed file of {@code entry} to {@code target}, which appears complete or not at
     * all; the entry stays in the outbox.
     */
    public void saveCopy(OutboxEntry entry, Path target) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.copy(file(entry), partial);
            move(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private void drop(OutboxEntry entry) throws IOException {
        Path entryFolder = folder.resolve(entry.id());
        Path removed = folder.resolve("." + entry.id() + ".delivered");
        move(entryFolder, removed);
        try (Stream<Path> files = Files.list(removed)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(removed);
    }

    /** The outbox may hold upload tokens: on POSIX systems only the user may read it. */
    private static void createPrivately(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
