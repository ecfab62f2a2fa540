/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json}. A missing file gives the defaults; an unreadable one is
 * kept aside as {@code settings.json.broken} and the defaults are used, so a damaged file never
 * stops the app. Writes are atomic: a crash leaves the old file or the new one.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;

    public SettingsStore(UserFolders folders) {
        this.file = folders.config().resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /**
     * Reads a settings file strictly, for the command line's {@code --profile}: a file the user named
     * must be readable, or the command stops and says why.
     */
    public static Settings read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Settings.class);
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            return JSON.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            LOG.warn("Settings file {} is unreadable; using defaults and keeping it as .broken", file, e);
            try {
                Files.move(file, file.resolveSibling("settings.json.broken"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not set the broken settings file aside", moveFailed);
            }
            return Settings.defaults();
        }
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling("settings.json.part");
        Files.deleteIfExists(temporary);
        if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // The file may hold the QLVB server's token: only the user may read it.
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        JSON.writeValue(temporary.toFile(), settings);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
