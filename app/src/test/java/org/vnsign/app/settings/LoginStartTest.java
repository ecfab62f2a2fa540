/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.i18n.Messages;

class LoginStartTest {
    @TempDir
    Path home;

    @Test
    void onLinuxAnAutostartEntryStartsTheInstalledLauncherMinimisedAndTurningItOffRemovesIt() throws Exception {
        LoginStart start =
                new LoginStart("Linux", home, home.resolve(".config"), Optional.of("/opt/vnsign/bin/VNSign"));

        start.set(true);

        Path entry = home.resolve(".config/autostart/vnsign.desktop");
        assertThat(entry)
                .content()
                .contains("Exec=\"/opt/vnsign/bin/VNSign\" --minimized")
                .contains("Type=Application");
        assertThat(start.enabled()).isTrue();
        start.set(false);
        assertThat(entry).doesNotExist();
        assertThat(start.enabled()).isFalse();
    }

    @Test
    void macOsGetsALaunchAgentAndWindowsTheUsersRunKey() throws Exception {
        LoginStart mac =
                new LoginStart("Mac OS X", home, home, Optional.of("/Applications/VNSign.app/Contents/MacOS/VNSign"));
        mac.set(true);
        assertThat(home.resolve("Library/LaunchAgents/vn.vnsign.app.plist"))
                .content()
                .contains("<string>--minimized</string>")
                .contains("<key>RunAtLoad</key><true/>");

        LoginStart windows = new LoginStart("Windows 11", home, home, Optional.of("C:\\VNSign\\VNSign.exe"));
        assertThat(windows.windowsCommand(true))
                .contains(
                        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
                        "\"C:\\VNSign\\VNSign.exe\" --minimized");
        assertThat(windows.windowsCommand(false)).contains("delete");
    }

    @Test
    void withoutAnInstalledLauncherItCannotBeTurnedOnAndSettingsSaySo() {
        LoginStart developer = new LoginStart("Linux", home, home.resolve(".config"), Optional.empty());
        assertThat(developer.available()).isFalse();
        assertThatThrownBy(() -> developer.set(true)).hasMessageContaining("installed");

        SettingsViewModel model =
                new SettingsViewModel(Settings.defaults(), Messages.forLocale(Locale.ENGLISH), developer);
        model.startAtLoginProperty().set(true);
        assertThat(model.applyStartAtLogin()).isFalse();
        assertThat(model.problemProperty().get()).contains("installed");
    }
}
