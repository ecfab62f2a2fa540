/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vnsign.app.logging.Logging;
import org.vnsign.app.settings.UserFolders;
import org.vnsign.signer.NetworkSettings;

/**
 * The suite never writes into the user's own folders: the build points every test JVM's home,
 * cache, config, data and state folders under {@code target/} (the parent pom), so the settings,
 * the outbox, the revocation cache and the log of the code under test all land there.
 */
class SuiteIsolationTest {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void everyFolderTheAppWritesToIsUnderTarget() {
        assertThat(Path.of(System.getProperty("user.home"))).startsWithRaw(TARGET);
        for (String variable : new String[] {
            "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA"
        }) {
            assertThat(System.getenv(variable)).as(variable).isNotNull();
            assertThat(Path.of(System.getenv(variable))).as(variable).startsWithRaw(TARGET);
        }
        UserFolders folders = UserFolders.standard();
        assertThat(folders.config()).startsWithRaw(TARGET);
        assertThat(folders.outbox()).startsWithRaw(TARGET);
        assertThat(Logging.logFolder()).startsWithRaw(TARGET);
        assertThat(NetworkSettings.userCacheDirectory()).startsWithRaw(TARGET);
    }
}
