/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import org.vnsign.app.settings.LoginStart;

/**
 * Decides whether {@code vnsign.jar} starts the desktop app (no arguments, or only PDF files as
 * from "Open with") and starts it. A separate class because the jar runs from the class path,
 * where the main class must not extend {@link Application}.
 */
public final class DesktopLauncher {
    /** Allows a web origin to use the bridge for this run, beside {@code bridge.json}'s. */
    public static final String ALLOW_ORIGIN = "--allow-origin";

    private DesktopLauncher() {}

    /** True for no arguments or only documents (no subcommand, no option). */
    public static boolean wantsDesktop(String[] args, Set<String> subcommands) {
        for (String arg : args) {
            if (arg.startsWith("-") || subcommands.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a window can be shown: on Linux and other X11/Wayland systems a display must be set;
     * Windows and macOS always have one for a logged-in user.
     */
    public static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return isSet(System.getenv("DISPLAY")) || isSet(System.getenv("WAYLAND_DISPLAY"));
    }

    /**
     * The document to open from the launch arguments: a path, or a {@code file:} URI as desktop
     * environments pass for "Open with" ({@code %U} in the desktop entry). A {@code vnsign:} link
     * (the web bridge's URL scheme) only brings the app up; it names no file.
     */
    public static Optional<Path> document(List<String> args) {
        for (String arg : args) {
            if (arg.regionMatches(true, 0, "vnsign:", 0, 7) || arg.startsWith("--")) {
                continue;
            }
            if (arg.regionMatches(true, 0, "file:", 0, 5)) {
                try {
                    return Optional.of(Path.of(URI.create(arg)));
                } catch (IllegalArgumentException e) {
                    return Optional.of(Path.of(arg));
                }
            }
            return Optional.of(Path.of(arg));
        }
        return Optional.empty();
    }

    /** The web origins given with {@code --allow-origin ORIGIN} or {@code --allow-origin=ORIGIN}. */
    public static List<String> allowedOrigins(List<String> args) {
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(ALLOW_ORIGIN) && i + 1 < args.size()) {
                origins.add(args.get(++i));
            } else if (arg.startsWith(ALLOW_ORIGIN + "=")) {
                origins.add(arg.substring(ALLOW_ORIGIN.length() + 1));
            }
        }
        return origins;
    }

    /** The arguments without the window's own options: {@code --allow-origin} and {@code --minimized}. */
    public static String[] withoutDesktopOptions(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(ALLOW_ORIGIN)) {
                i++;
            } else if (!args[i].startsWith(ALLOW_ORIGIN + "=") && !args[i].equals(LoginStart.MINIMIZED)) {
                rest.add(args[i]);
            }
        }
        return rest.toArray(new String[0]);
    }

    /** The system property the window reads its language from, set by {@code --lang} at launch. */
    public static final String LANGUAGE_PROPERTY = "vnsign.lang";

    /**
     * The arguments without {@code --lang X} / {@code --lang=X}, which the window takes too
     * ({@code vnsign --lang en letter.pdf}); the language goes to {@link #LANGUAGE_PROPERTY}'s value.
     */
    public static LanguageAndRest language(String[] args) {
        List<String> rest = new ArrayList<>();
        String language = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                language = args[++i];
            } else if (args[i].startsWith("--lang=")) {
                language = args[i].substring("--lang=".length());
            } else {
                rest.add(args[i]);
            }
        }
        return new LanguageAndRest(java.util.Optional.ofNullable(language), rest.toArray(new String[0]));
    }

    /** A language chosen on the command line, and the other arguments. */
    public record LanguageAndRest(java.util.Optional<String> language, String[] rest) {}

    /** Starts the desktop app and returns when its window closes. */
    public static void launch(String[] documents, List<String> origins, boolean minimized) {
        List<String> parameters = new ArrayList<>(List.of(documents));
        origins.forEach(origin -> parameters.add(ALLOW_ORIGIN + "=" + origin));
        if (minimized) {
            parameters.add(LoginStart.MINIMIZED);
        }
        Application.launch(VnsignApp.class, parameters.toArray(new String[0]));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
