/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of fetched answers: keyed by a hash (so a hostile URL names no path), written atomically, best effort. */
class OnlineCacheTest {
    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsReadBackUntilRemoved() {
        OnlineCache cache = new OnlineCache(Optional.of(dir));
        byte[] answer = "ocsp answer".getBytes(StandardCharsets.UTF_8);

        cache.write("ocsp", "http://127.0.0.1/ocsp|serial-1", answer);

        assertThat(cache.read("ocsp", "http://127.0.0.1/ocsp|serial-1")).contains(answer);
        assertThat(cache.read("ocsp", "http://127.0.0.1/ocsp|serial-2")).isEmpty();
        assertThat(cache.read("crl", "http://127.0.0.1/ocsp|serial-1"))
                .as("kinds apart")
                .isEmpty();
        cache.remove("ocsp", "http://127.0.0.1/ocsp|serial-1");
        assertThat(cache.read("ocsp", "http://127.0.0.1/ocsp|serial-1")).isEmpty();
    }

    @Test
    void aHostileKeyNamesNoPathOutsideTheCacheAndLeavesNoPartFiles() throws IOException {
        OnlineCache cache = new OnlineCache(Optional.of(dir.resolve("cache")));

        cache.write("crl", "../../escaped.der", new byte[] {1, 2, 3});

        assertThat(dir.resolve("escaped.der")).doesNotExist();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList())
                    .singleElement()
                    .satisfies(file -> {
                        assertThat(file.getParent())
                                .isEqualTo(dir.resolve("cache").resolve("crl"));
                        assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.der");
                    });
        }
    }

    @Test
    void withoutAFolderNothingIsKeptAndNothingFails() {
        OnlineCache cache = new OnlineCache(Optional.empty());

        cache.write("ocsp", "key", new byte[] {1});
        cache.remove("ocsp", "key");

        assertThat(cache.read("ocsp", "key")).isEmpty();
    }

    @Test
    void anUnwritableFolderIsNotAFailure() throws IOException {
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        OnlineCache cache = new OnlineCache(Optional.of(blocked));

        cache.write("ocsp", "key", new byte[] {1});

        assertThat(cache.read("ocsp", "key")).isEmpty();
    }
}
