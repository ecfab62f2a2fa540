/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreIT {
    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesVietnameseDefaults() {
        Settings settings = new SettingsStore(UserFolders.under(dir)).load();

        assertThat(settings.language()).isEqualTo("vi");
        assertThat(settings.level()).isEqualTo("B-B");
        assertThat(settings.verifyOnline()).isTrue();
    }

    @Test
    void savedSettingsComeBackAndTheRecentListIsBounded() throws Exception {
        SettingsStore store = new SettingsStore(UserFolders.under(dir));
        Settings settings = Settings.defaults();
        for (int i = 0; i < 15; i++) {
            settings = settings.withRecent("/docs/" + i + ".pdf");
        }
        settings = settings.withRecent("/docs/3.pdf");
        store.save(settings);

        Settings loaded = store.load();
        assertThat(loaded).isEqualTo(settings);
        assertThat(loaded.recentFiles()).hasSize(Settings.RECENT_LIMIT).startsWith("/docs/3.pdf", "/docs/14.pdf");
        assertThat(loaded.recentFiles()).doesNotHaveDuplicates();
    }

    @Test
    void theFileMayHoldTheServerTokenSoOnlyTheUserCanReadIt() throws Exception {
        SettingsStore store = new SettingsStore(UserFolders.under(dir));
        Settings settings = Settings.defaults();
        store.save(settings);
        store.save(settings);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                .isEqualTo("rw-------");
    }

    @Test
    void aDamagedFileIsSetAsideAndTheAppStartsWithDefaults() throws Exception {
        SettingsStore store = new SettingsStore(UserFolders.under(dir));
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{ not json");

        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.file().resolveSibling("settings.json.broken")).hasContent("{ not json");
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws Exception {
        SettingsStore store = new SettingsStore(UserFolders.under(dir));
        Files.createDirectories(store.file().getParent());
        Files.writeString(
                store.file(), "{\"name\":\"Lê Thị Hoa\",\"futureOption\":true,\"trustAnchors\":[\"/a.crt\"]}");

        Settings loaded = store.load();
        assertThat(loaded.name()).isEqualTo("Lê Thị Hoa");
        assertThat(loaded.trustAnchors()).isEqualTo(List.of("/a.crt"));
    }
}
