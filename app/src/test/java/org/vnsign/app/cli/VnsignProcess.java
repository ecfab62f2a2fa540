/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.token.DiscoveryOptions;

/** Runs the packaged {@code vnsign.jar} as a separate process, as a user or script would. */
public final class VnsignProcess {
    public static final ObjectMapper JSON = new ObjectMapper();
    /** The main test token's PIN as typed on standard input. */
    public static final String MAIN_PIN = TestTokens.MAIN_PIN + "\n";

    private VnsignProcess() {}

    public record Result(int exitCode, String out, String err) {}

    /** The environment the tests run vnsign in: the SoftHSM2 configuration and a UTF-8 locale. */
    public static Map<String, String> environment(org.vnsign.testsupport.softhsm.TestTokens tokens) {
        Map<String, String> environment =
                new java.util.HashMap<>(tokens.softHsm().environment());
        environment.put("LANG", "C.UTF-8");
        return environment;
    }

    /** {@code base} with English messages and a revocation cache inside the test's folder {@code dir}. */
    public static Map<String, String> english(Map<String, String> base, Path dir) {
        Map<String, String> own = new java.util.HashMap<>(base);
        own.put("VNSIGN_LANG", "en");
        // Every folder a vnsign process may write to lies in the test's own folder, never the user's.
        own.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        own.put("XDG_STATE_HOME", dir.resolve("state").toString());
        own.putIfAbsent("XDG_CONFIG_HOME", dir.resolve("config").toString());
        own.putIfAbsent("XDG_DATA_HOME", dir.resolve("data").toString());
        return own;
    }

    /**
     * Runs {@code command} on the main test token with the key of {@code key}: module, token label,
     * certificate fingerprint, PIN on standard input, JSON output, then {@code arguments}.
     */
    public static Result onToken(
            TestTokens tokens,
            Map<String, String> environment,
            String command,
            KeyProfile key,
            String pin,
            String... arguments)
            throws Exception {
        List<String> all = new ArrayList<>(List.of(
                command,
                "--module",
                tokens.softHsm().module().toString(),
                "--token",
                TestTokens.MAIN_LABEL,
                "--cert",
                fingerprint(tokens, key).substring(0, 16),
                "--pin-stdin",
                "--json"));
        if (command.equals("sign") || command.equals("initial")) {
            all.addAll(List.of("--trust", testRoot(tokens).toString()));
        }
        all.addAll(List.of(arguments));
        return run(environment, pin, all.toArray(new String[0]));
    }

    /**
     * The test PKI's root as a file for {@code --trust}: the pre-signing check refuses a signer whose
     * chain reaches no trusted anchor, and the test root is (rightly) not a Vietnamese one.
     */
    static Path testRoot(TestTokens tokens) throws Exception {
        return testRootFile(tokens.pki());
    }

    /**
     * {@code pki}'s root in a file of the build's target folder, one file per root: each test JVM
     * generates its own PKI, so a file left by an earlier run must never be taken for this one's.
     */
    static Path testRootFile(org.vnsign.testsupport.pki.TestPki pki) throws Exception {
        byte[] encoded = pki.root().getEncoded();
        String name =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        Path file = Path.of("target", "test-anchors", name.substring(0, 16) + ".der")
                .toAbsolutePath();
        synchronized (VnsignProcess.class) {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.write(file, encoded);
            }
        }
        return file;
    }

    private static String fingerprint(TestTokens tokens, KeyProfile key) throws Exception {
        byte[] der = tokens.pki().identity(key).certificate().getEncoded();
        return HexFormat.of()
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }

    /** Starts {@code vnsign arguments} without waiting, its output discarded: for a process a test kills. */
    static Process start(Map<String, String> environment, String... arguments) throws IOException {
        ProcessBuilder builder = builder(environment, arguments);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static ProcessBuilder builder(Map<String, String> environment, String... arguments) {
        Path jar = Path.of(System.getProperty("vnsign.test.jar", "target/vnsign.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: run the tests through Maven (mvnw verify) so the jar is packaged first");
        }
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().remove("VNSIGN_LANG");
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove(DiscoveryOptions.MODULE_ENVIRONMENT_VARIABLE);
        return builder;
    }

    static Result run(Map<String, String> environment, String standardInput, String... arguments)
            throws IOException, InterruptedException {
        ProcessBuilder builder = builder(environment, arguments);
        Path err = Files.createTempFile("vnsign-err", ".txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (standardInput != null) {
                in.write(standardInput.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("vnsign did not finish within 60 s");
        }
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Result(process.exitValue(), out, errText);
    }
}
