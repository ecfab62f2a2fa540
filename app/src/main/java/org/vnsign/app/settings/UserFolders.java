/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The OS's standard per-user folders for VNSign: settings in the config folder, the demo token in
 * the data folder. The system property {@code vnsign.home} (or the environment variable {@code
 * VNSIGN_HOME}) puts both under one folder (tests, portable installs).
 */
public record UserFolders(Path config, Path data) {
    /** The folders of this user on this OS. */
    public static UserFolders standard() {
        String override = System.getProperty("vnsign.home", System.getenv("VNSIGN_HOME"));
        if (override != null && !override.isBlank()) {
            return under(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            Path roaming = environment("APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = environment("LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new UserFolders(roaming.resolve("VNSign"), local.resolve("VNSign"));
        }
        if (os.startsWith("mac")) {
            Path support =
                    home.resolve("Library").resolve("Application Support").resolve("VNSign");
            return new UserFolders(support, support);
        }
        return new UserFolders(
                environment("XDG_CONFIG_HOME", home.resolve(".config")).resolve("vnsign"),
                environment("XDG_DATA_HOME", home.resolve(".local").resolve("share"))
                        .resolve("vnsign"));
    }

    /** Signed files waiting for their document system, shared by the app and the command line. */
    public Path outbox() {
        return data.resolve("outbox");
    }

    /** Config and data under one folder. */
    public static UserFolders under(Path folder) {
        return new UserFolders(folder.resolve("config"), folder.resolve("data"));
    }

    private static Path environment(String name, Path fallback) {
        String value = System.getenv(name);
        return value != null && !value.isBlank() ? Path.of(value) : fallback;
    }
}
