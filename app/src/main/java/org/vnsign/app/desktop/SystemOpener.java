/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a saved file or its folder with what the operating system uses for it (the PDF reader,
 * the file manager), so that a signed file is never "somewhere": one click shows it.
 */
final class SystemOpener {
    private static final Logger LOG = LoggerFactory.getLogger(SystemOpener.class);

    private SystemOpener() {}

    /** The command that opens {@code target} on this system. */
    static List<String> command(Path target, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        String path = target.toAbsolutePath().toString();
        if (os.startsWith("windows")) {
            return List.of("explorer.exe", path);
        }
        if (os.startsWith("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }

    static void open(Path target) {
        if (target == null) {
            return;
        }
        try {
            new ProcessBuilder(command(target, System.getProperty("os.name", "")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.warn("Cannot open {} with the system's program: {}", target, e.getMessage());
        }
    }
}
