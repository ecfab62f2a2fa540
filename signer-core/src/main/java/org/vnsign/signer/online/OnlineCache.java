/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of fetched DER objects keyed by what was asked (a URL, a certificate ID). It only
 * stores and returns bytes; whether a stored CRL or OCSP response is still good (its nextUpdate) is
 * for the caller to judge, since only the caller parses it. A broken cache never fails a signing:
 * it is a cache miss.
 */
public final class OnlineCache {
    private static final Logger LOG = LoggerFactory.getLogger(OnlineCache.class);

    private final Optional<Path> directory;

    public OnlineCache(Optional<Path> directory) {
        this.directory = directory;
    }

    Optional<byte[]> read(String kind, String key) {
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        Path file = file(kind, key);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            LOG.debug("cache read failed for {}", file, e);
            return Optional.empty();
        }
    }

    void write(String kind, String key, byte[] value) {
        if (directory.isEmpty()) {
            return;
        }
        Path file = file(kind, key);
        Path temporary = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(file.getParent());
            Files.write(temporary, value);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.debug("cache write failed for {}", file, e);
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The cache is best effort.
            }
        }
    }

    void remove(String kind, String key) {
        directory.ifPresent(folder -> {
            try {
                Files.deleteIfExists(file(kind, key));
            } catch (IOException e) {
                LOG.debug("cache delete failed", e);
            }
        });
    }

    private Path file(String kind, String key) {
        return directory
                .orElseThrow()
                .resolve(kind)
                .resolve(Fingerprints.sha256Hex(key.getBytes(StandardCharsets.UTF_8)) + ".der");
    }
}
