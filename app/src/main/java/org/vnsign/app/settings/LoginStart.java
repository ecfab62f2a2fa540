/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vnsign.app.os.Commands;

/**
 * Starting VNSign minimised when the user logs in, so that web pages find the bridge without the
 * user opening VNSign first; only when the user turns it on in Settings, and only for the installed
 * app (the launcher jpackage started, {@code jpackage.app-path}). Linux: an XDG autostart entry;
 * macOS: a LaunchAgent; Windows: the user's Run key.
 */
public final class LoginStart {
    /** The argument the login entry passes: the window starts minimised. */
    public static final String MINIMIZED = "--minimized";

    private final String os;
    private final Path home;
    private final Path xdgConfig;
    private final Optional<String> launcher;

    public LoginStart(String os, Path home, Path xdgConfig, Optional<String> launcher) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.home = home;
        this.xdgConfig = xdgConfig;
        this.launcher = launcher;
    }

    /** For this user on this system. */
    public static LoginStart forThisUser() {
        Path home = Path.of(System.getProperty("user.home"));
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return new LoginStart(
                System.getProperty("os.name", ""),
                home,
                xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg),
                Optional.ofNullable(System.getProperty("jpackage.app-path")));
    }

    /** Whether it can be turned on: only the installed app has a launcher to start. */
    public boolean available() {
        return launcher.isPresent();
    }

    /** Whether VNSign starts at login now (Linux and macOS: the entry exists; Windows: not read back). */
    public boolean enabled() {
        if (os.startsWith("windows")) {
            return false;
        }
        return Files.exists(entry());
    }

    /** Turns starting at login on or off. */
    public void set(boolean on) throws IOException {
        if (on && launcher.isEmpty()) {
            throw new IOException("only the installed VNSign can start at login");
        }
        if (os.startsWith("windows")) {
            Commands.run(windowsCommand(on));
            return;
        }
        Path entry = entry();
        if (!on) {
            Files.deleteIfExists(entry);
            return;
        }
        Files.createDirectories(entry.getParent());
        Files.writeString(entry, os.startsWith("mac") ? launchAgent() : autostartEntry(), StandardCharsets.UTF_8);
    }

    Path entry() {
        if (os.startsWith("mac")) {
            return home.resolve("Library/LaunchAgents/vn.vnsign.app.plist");
        }
        return xdgConfig.resolve("autostart/vnsign.desktop");
    }

    String autostartEntry() {
        return "[Desktop Entry]\nType=Application\nName=VNSign\nComment=Ký số VNSign, chờ yêu cầu từ trang QLVB\n"
                + "Exec=\"" + launcher.orElseThrow() + "\" " + MINIMIZED + "\nTerminal=false\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    String launchAgent() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                + "<plist version=\"1.0\"><dict>\n"
                + "<key>Label</key><string>vn.vnsign.app</string>\n"
                + "<key>ProgramArguments</key><array><string>" + launcher.orElseThrow() + "</string><string>"
                + MINIMIZED + "</string></array>\n"
                + "<key>RunAtLoad</key><true/>\n"
                + "</dict></plist>\n";
    }

    List<String> windowsCommand(boolean on) {
        String key = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
        return on
                ? List.of(
                        "reg",
                        "add",
                        key,
                        "/v",
                        "VNSign",
                        "/d",
                        "\"" + launcher.orElseThrow() + "\" " + MINIMIZED,
                        "/f")
                : List.of("reg", "delete", key, "/v", "VNSign", "/f");
    }
}
