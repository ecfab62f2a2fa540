/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.qlvb.Destination;

/**
 * Signed files on their way to the document system, kept in the user's data folder until the
 * server acknowledges them: a copy of the file and its {@code entry.json} per folder. An entry
 * appears complete or not at all (written aside, then renamed), survives a restart of VNSign, and
 * leaves only when delivered. Deliveries take {@link #lock}, so the desktop app and the command
 * line never send the same entry at once. Entry files are readable by the user only (they may hold
 * upload tokens).
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

    /**
     * Takes the outbox for one delivery, waiting up to {@code wait} for another VNSign to finish,
     * and removes what an interrupted run left half-written.
     *
     * @throws OutboxLock.BusyException when another VNSign keeps it longer
     */
    public OutboxLock lock(Duration wait) throws IOException {
        createPrivately(folder);
        OutboxLock lock = OutboxLock.take(folder, wait);
        removeLeftovers();
        return lock;
    }

    /**
     * Leftovers untouched for this long were left by a run that was killed; younger ones belong to
     * a writer still at work (another thread or process adding an entry while this one delivers).
     */
    static final Duration ABANDONED = Duration.ofMinutes(10);

    /**
     * Removes what a run killed in the middle left behind: entries being written ({@code .ID.part}),
     * entries being removed ({@code .ID.delivered}), entry files being rewritten, once they are
     * older than {@link #ABANDONED}. Only under the lock.
     */
    private void removeLeftovers() throws IOException {
        Instant before = Instant.now().minus(ABANDONED);
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(".") && (name.endsWith(".part") || name.endsWith(".delivered"))) {
                    if (abandoned(child, before)) {
                        LOG.info("Removing {} left by an interrupted run", child);
                        deleteTree(child);
                    }
                } else if (Files.isDirectory(child) && abandoned(child.resolve(ENTRY + ".part"), before)) {
                    Files.deleteIfExists(child.resolve(ENTRY + ".part"));
                }
            }
        }
    }

    private static boolean abandoned(Path path, Instant before) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    /** The entry {@code id} as it is on disk now, or empty when it left the outbox. */
    public Optional<OutboxEntry> reload(String id) throws IOException {
        Path entry = folder.resolve(id).resolve(ENTRY);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(entry.toFile(), OutboxEntry.class));
    }

    /** Puts a copy of {@code signed} in the outbox, before any upload is tried. */
    public OutboxEntry add(Path signed, Destination destination, Instant now) throws IOException {
        createPrivately(folder);
        String id = now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
        OutboxEntry entry = OutboxEntry.fresh(
                id,
                UUID.randomUUID().toString(),
                destination,
                signed.getFileName().toString(),
                now);
        Path partial = folder.resolve("." + id + ".part");
        try {
            createPrivately(partial);
            Files.copy(signed, partial.resolve(FILE));
            ownerOnly(partial.resolve(FILE));
            writeEntry(partial.resolve(ENTRY), entry);
            move(partial, folder.resolve(id));
        } catch (IOException e) {
            deleteTree(partial);
            throw e;
        }
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
        writeEntry(partial, entry);
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
        if (posix(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Writes {@code entry} into a new file only the user can read (it may hold an upload token). */
    private static void writeEntry(Path file, OutboxEntry entry) throws IOException {
        Files.deleteIfExists(file);
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        JSON.writeValue(file.toFile(), entry);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
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
