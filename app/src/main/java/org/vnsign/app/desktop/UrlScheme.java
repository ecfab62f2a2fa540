/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.os.Commands;

/**
 * The {@code vnsign://} link handler on Windows. jpackage's MSI has no option for URL schemes, so
 * the installed app registers itself for the user (HKCU, no administrator rights) at each start,
 * pointing at the launcher jpackage started it from ({@code jpackage.app-path}); the Linux desktop
 * entry and the macOS Info.plist declare the scheme in the package instead.
 */
final class UrlScheme {
    private static final Logger LOG = LoggerFactory.getLogger(UrlScheme.class);
    private static final String KEY = "HKCU\\Software\\Classes\\vnsign";

    private UrlScheme() {}

    /** Registers the scheme when running as the installed Windows app; does nothing elsewhere. */
    static void registerIfInstalledOnWindows() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher == null
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return;
        }
        try {
            for (List<String> command : registration(launcher)) {
                Commands.run(command);
            }
        } catch (IOException e) {
            LOG.warn("Registering vnsign:// failed", e);
        }
    }

    /** The {@code reg add} commands that make {@code launcher} open {@code vnsign://} links. */
    static List<List<String>> registration(String launcher) {
        return List.of(
                List.of("reg", "add", KEY, "/ve", "/d", "URL:VNSign", "/f"),
                List.of("reg", "add", KEY, "/v", "URL Protocol", "/d", "", "/f"),
                List.of("reg", "add", KEY + "\\DefaultIcon", "/ve", "/d", "\"" + launcher + "\",0", "/f"),
                List.of(
                        "reg",
                        "add",
                        KEY + "\\shell\\open\\command",
                        "/ve",
                        "/d",
                        "\"" + launcher + "\" \"%1\"",
                        "/f"));
    }
}
