/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The log names files and certificates: its owner alone may read it, new or already there. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "no POSIX permissions; the log folder is in the user's profile")
class LogFilePermissionsTest {
    @TempDir
    Path dir;

    @Test
    void aNewLogAndAnOldWorldReadableOneAreTheOwnersOnly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("logs"));
        Logging.ownerOnly(folder, folder.resolve("vnsign.log"));
        Path old = Files.writeString(dir.resolve("old.log"), "x");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        Logging.ownerOnly(dir, old);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("vnsign.log"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old)))
                .isEqualTo("rw-------");
    }
}
