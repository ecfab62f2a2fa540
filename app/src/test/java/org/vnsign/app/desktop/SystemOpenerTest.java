/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** "Open file" and "Open folder" hand the path to each system's own opener. */
class SystemOpenerTest {
    @Test
    void eachSystemOpensWithItsOwnProgram() {
        Path file = Path.of("/tmp/cv.signed.pdf");

        assertThat(SystemOpener.command(file, "Linux")).containsExactly("xdg-open", "/tmp/cv.signed.pdf");
        assertThat(SystemOpener.command(file, "Mac OS X")).containsExactly("open", "/tmp/cv.signed.pdf");
        assertThat(SystemOpener.command(file, "Windows 11").get(0)).isEqualTo("explorer.exe");
    }
}
