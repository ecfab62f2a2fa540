/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlSchemeTest {
    @Test
    void theInstalledWindowsLauncherIsRegisteredForVnsignLinksForTheUserOnly() {
        String launcher = "C:\\Users\\an\\AppData\\Local\\VNSign\\VNSign.exe";

        List<List<String>> commands = UrlScheme.registration(launcher);

        assertThat(commands)
                .allSatisfy(command -> assertThat(command.get(2)).startsWith("HKCU\\Software\\Classes\\vnsign"));
        assertThat(commands).anySatisfy(command -> assertThat(command).contains("URL Protocol"));
        assertThat(commands.get(commands.size() - 1)).containsSequence("/ve", "/d", "\"" + launcher + "\" \"%1\"");
    }
}
