/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The one place that knows the logging back end. Logs go to a file in the OS's per-user log folder
 * (never to the terminal, where they would mix with command output), plus standard error with
 * {@code --verbose}. Nothing logged may contain a PIN or document contents.
 */
public final class Logging {
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    private Logging() {}

    /** Sets up logging for this process; call before anything logs. */
    public static void configure(boolean verbose) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.DEBUG : Level.INFO);
        // The lenient PDF reader warns about every repair it makes; a hostile file would fill the log.
        context.getLogger("org.apache.pdfbox").setLevel(verbose ? Level.DEBUG : Level.ERROR);
        Path folder = logFolder();
        try {
            Files.createDirectories(folder);
            ownerOnly(folder, logFile());
            FileAppender<ILoggingEvent> file = new FileAppender<>();
            file.setContext(context);
            file.setName("file");
            file.setFile(logFile().toString());
            file.setEncoder(encoder(context));
            file.start();
            root.addAppender(file);
        } catch (IOException e) {
            root.setLevel(verbose ? Level.DEBUG : Level.WARN);
        }
        if (verbose) {
            ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
            console.setContext(context);
            console.setName("stderr");
            console.setTarget("System.err");
            console.setEncoder(encoder(context));
            console.start();
            root.addAppender(console);
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /**
     * The log names files and certificates: readable by its owner only (0700 folder, 0600 file),
     * where the file system has POSIX permissions.
     */
    static void ownerOnly(Path folder, Path file) throws IOException {
        if (!Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    /** The log file, for "see the log" messages. */
    public static Path logFile() {
        return logFolder().resolve("vnsign.log");
    }

    /** The OS's per-user log folder for VNSign. */
    public static Path logFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String localAppData = System.getenv("LOCALAPPDATA");
            return (localAppData != null
                            ? Path.of(localAppData)
                            : home.resolve("AppData").resolve("Local"))
                    .resolve("VNSign")
                    .resolve("logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("VNSign");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return (state != null && !state.isBlank()
                        ? Path.of(state)
                        : home.resolve(".local").resolve("state"))
                .resolve("vnsign")
                .resolve("logs");
    }
}
