/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.softhsm;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vnsign.testsupport.pki.TestIdentity;

/**
 * A private SoftHSM2 installation for one test run: its own configuration file and token folder,
 * wiped at first use, so every run starts from fresh tokens.
 *
 * <p>SoftHSM2 reads {@code SOFTHSM2_CONF} from the process environment when a process loads it, so
 * the build (Failsafe) sets that variable for the test JVM and the system property {@value
 * #DIR_PROPERTY} to the same folder; processes the tests start get it through {@link
 * #environment()}. Keys are imported with OpenSC's {@code pkcs11-tool}, which VNSign's own code
 * never uses, so the token is set up independently of the code under test.
 */
public final class SoftHsm {
    public static final String DIR_PROPERTY = "vnsign.test.softhsm.dir";
    public static final String MODULE_PROPERTY = "vnsign.test.softhsm.module";
    public static final String SO_PIN = "12345678";

    private static SoftHsm shared;

    private final Path directory;
    private final Path configuration;
    private final Path module;

    private SoftHsm(Path directory, Path module) {
        this.directory = directory;
        this.configuration = directory.resolve("softhsm2.conf");
        this.module = module;
    }

    /** The run's SoftHSM2, created (and wiped) on first use in this JVM. */
    public static synchronized SoftHsm shared() {
        if (shared == null) {
            String dir = System.getProperty(DIR_PROPERTY);
            if (dir == null) {
                throw new IllegalStateException("System property " + DIR_PROPERTY
                        + " is not set: run SoftHSM tests through Maven (failsafe) so SOFTHSM2_CONF is set too");
            }
            Path module = Path.of(System.getProperty(MODULE_PROPERTY, "/usr/lib/softhsm/libsofthsm2.so"));
            SoftHsm softHsm = new SoftHsm(Path.of(dir).toAbsolutePath(), module);
            softHsm.checkInstalled();
            softHsm.reset();
            shared = softHsm;
        }
        return shared;
    }

    /**
     * A SoftHSM2 of its own in {@code directory}, for tokens only child processes use (through
     * {@link #environment()}): the run's shared tokens stay as the other tests expect them.
     */
    public static SoftHsm separate(Path directory) {
        SoftHsm shared = shared();
        SoftHsm separate = new SoftHsm(directory.toAbsolutePath(), shared.module);
        separate.reset();
        return separate;
    }

    /** The PKCS#11 module file. */
    public Path module() {
        return module;
    }

    /** The configuration file that {@code SOFTHSM2_CONF} must name. */
    public Path configuration() {
        return configuration;
    }

    /** Environment for a child process that should see these tokens. */
    public Map<String, String> environment() {
        return Map.of("SOFTHSM2_CONF", configuration.toString());
    }

    /**
     * Initialises a new token and imports each identity's private key and certificate under the same
     * CKA_ID and label, as a CA's token would hold them.
     *
     * @param alwaysAuthenticate identities whose key gets CKA_ALWAYS_AUTHENTICATE (PIN per signature)
     */
    public synchronized TestToken createToken(
            String label, String userPin, List<TestIdentity> identities, Set<TestIdentity> alwaysAuthenticate) {
        return createToken(label, userPin, identities, alwaysAuthenticate, true);
    }

    /**
     * A token holding only the signers' own certificates, no CA certificate: as many VNPT, Viettel
     * and Ban Cơ yếu tokens are issued, leaving the client to find the issuer elsewhere.
     */
    public synchronized TestToken createTokenWithoutCaCertificates(
            String label, String userPin, List<TestIdentity> identities) {
        return createToken(label, userPin, identities, Set.of(), false);
    }

    private TestToken createToken(
            String label,
            String userPin,
            List<TestIdentity> identities,
            Set<TestIdentity> alwaysAuthenticate,
            boolean withCaCertificates) {
        String output = run(List.of(
                "softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", userPin));
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        long slotId = slot.find() ? Long.parseLong(slot.group(1)) : -1;
        Path work = directory.resolve("import");
        try {
            Files.createDirectories(work);
            for (TestIdentity identity : identities) {
                Path key = Files.write(
                        work.resolve(identity.tokenId() + ".key.der"),
                        identity.keyPair().getPrivate().getEncoded());
                String keyLabel = "key-" + identity.profile().name().toLowerCase(Locale.ROOT);
                List<String> keyOptions = new ArrayList<>(List.of("--usage-sign"));
                if (alwaysAuthenticate.contains(identity)) {
                    keyOptions.add("--always-auth");
                }
                writeObject(label, userPin, key, "privkey", identity.tokenId(), keyLabel, keyOptions);
                Files.delete(key);
                writeCertificate(label, userPin, work, identity.certificate(), identity.tokenId(), keyLabel);
            }
            // CA certificates without keys, as Vietnamese CAs ship their tokens: clients build the chain from them.
            Set<X509Certificate> issuers = new LinkedHashSet<>();
            if (withCaCertificates) {
                identities.forEach(identity -> issuers.addAll(
                        identity.chain().subList(1, identity.chain().size())));
            }
            int n = 0;
            for (X509Certificate issuer : issuers) {
                writeCertificate(label, userPin, work, issuer, "f" + n, "ca-" + n);
                n++;
            }
        } catch (IOException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot import into token " + label, e);
        }
        return new TestToken(label, userPin, slotId, serialOf(label), identities);
    }

    private void writeCertificate(
            String token, String userPin, Path work, X509Certificate certificate, String id, String objectLabel)
            throws IOException, CertificateEncodingException {
        Path file = Files.write(work.resolve(id + ".crt.der"), certificate.getEncoded());
        writeObject(token, userPin, file, "cert", id, objectLabel, List.of());
    }

    /** {@code pkcs11-tool --write-object}: one key or certificate onto the token, under a CKA_ID and label. */
    private void writeObject(
            String token, String userPin, Path file, String type, String id, String objectLabel, List<String> extra) {
        List<String> command = new ArrayList<>(pkcs11Tool(token, userPin));
        command.addAll(List.of("--write-object", file.toString(), "--type", type, "--id", id, "--label", objectLabel));
        command.addAll(extra);
        run(command);
    }

    /** Deletes a token, as if it were pulled out of the machine. */
    public synchronized void deleteToken(String label) {
        run(List.of("softhsm2-util", "--delete-token", "--token", label));
    }

    private String serialOf(String label) {
        String slots = run(List.of("softhsm2-util", "--show-slots"));
        String[] blocks = slots.split("Slot ");
        for (String block : blocks) {
            Matcher labelMatch = Pattern.compile("Label:\\s+(.*?)\\s*\\n").matcher(block);
            Matcher serial = Pattern.compile("Serial number:\\s+(\\S+)").matcher(block);
            if (labelMatch.find() && labelMatch.group(1).equals(label) && serial.find()) {
                return serial.group(1);
            }
        }
        throw new IllegalStateException("Token " + label + " not listed by softhsm2-util:\n" + slots);
    }

    private List<String> pkcs11Tool(String tokenLabel, String pin) {
        return List.of(
                "pkcs11-tool", "--module", module.toString(), "--token-label", tokenLabel, "--login", "--pin", pin);
    }

    private void checkInstalled() {
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(module)) {
            missing.add("softhsm2 (" + module + ")");
        }
        for (String tool : List.of("softhsm2-util", "pkcs11-tool")) {
            if (Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .noneMatch(dir -> Files.isExecutable(Path.of(dir, tool)))) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("SoftHSM2 tests need " + missing
                    + ": run scripts/install-test-deps.sh (Debian packages softhsm2 and opensc)");
        }
        String environment = System.getenv("SOFTHSM2_CONF");
        if (environment == null || !Path.of(environment).toAbsolutePath().equals(configuration)) {
            throw new IllegalStateException(
                    "SOFTHSM2_CONF must be " + configuration + " in the test JVM, is " + environment);
        }
    }

    private void reset() {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> paths = Files.walk(directory)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(directory.resolve("tokens"));
            Files.writeString(
                    configuration,
                    "directories.tokendir = " + directory.resolve("tokens")
                            + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment());
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " timed out");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command.subList(0, 2)) + " failed (" + process.exitValue() + "): " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
