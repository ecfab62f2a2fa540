/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.vnsign.app.os.Commands;

/**
 * The certificate of the VGCA compatibility mode's {@code wss://127.0.0.1}: browsers accept a secure
 * WebSocket on localhost only with a certificate they trust, so VNSign makes, once per user, a CA of
 * its own and a server certificate for 127.0.0.1 and localhost, and installs the CA into the user's
 * trust store when the user agrees. The CA's private key is thrown away as soon as the server
 * certificate is signed, so the trusted CA can never vouch for anything else; it is also
 * name-constrained to 127.0.0.1 and localhost.
 */
public final class LocalCertificate {
    static final String NAME = "VNSign local bridge (this computer)";
    private static final String STORE = "bridge-tls.p12";
    private static final char[] STORE_PASSWORD = "vnsign-local-bridge".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Renewed this long before the server certificate ends, so the mode never stops on an expired one. */
    public static final Duration RENEW_BEFORE = Duration.ofDays(30);
    /** Marks that the user was asked to trust the current CA; removed when the CA is renewed. */
    public static final String ASKED = "bridge-ca.asked";

    private final KeyStore store;
    private final Path folder;

    private LocalCertificate(KeyStore store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    /** The certificate kept in {@code configFolder}, made there the first time (readable only by the user). */
    public static LocalCertificate inFolder(Path configFolder) throws IOException {
        return inFolder(configFolder, Clock.systemUTC());
    }

    /**
     * As {@link #inFolder(Path)}, renewing the certificate when it ends within {@link #RENEW_BEFORE}
     * of {@code clock}'s now: a new CA and server certificate (the old CA's key is gone, it cannot
     * sign a new one), and the user's consent to trust the new CA is asked again, as the first time.
     */
    public static LocalCertificate inFolder(Path configFolder, Clock clock) throws IOException {
        Path file = configFolder.resolve(STORE);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, STORE_PASSWORD);
                }
                LocalCertificate kept = new LocalCertificate(store, configFolder);
                if (kept.server()
                        .getNotAfter()
                        .toInstant()
                        .isAfter(clock.instant().plus(RENEW_BEFORE))) {
                    return kept;
                }
                Files.deleteIfExists(configFolder.resolve(ASKED));
                store = KeyStore.getInstance("PKCS12");
            }
            store.load(null, null);
            generate(store, clock.instant());
            Files.createDirectories(configFolder);
            Path partial = configFolder.resolve(STORE + ".part");
            Files.deleteIfExists(partial);
            if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                store.store(out, STORE_PASSWORD);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LocalCertificate made = new LocalCertificate(store, configFolder);
            Files.writeString(made.caFile(), made.caPem(), StandardCharsets.US_ASCII);
            return made;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make the local bridge certificate: " + e.getMessage(), e);
        }
    }

    /** The CA certificate as PEM, what the user's trust store receives. */
    public Path caFile() {
        return folder.resolve("bridge-ca.pem");
    }

    /** The server certificate browsers see on {@code wss://127.0.0.1}. */
    public X509Certificate server() throws IOException {
        try {
            return (X509Certificate) store.getCertificateChain("server")[0];
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    public X509Certificate ca() throws IOException {
        try {
            Certificate[] chain = store.getCertificateChain("server");
            return (X509Certificate) chain[chain.length - 1];
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    String caPem() throws IOException {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(ca().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    /** The server side of the TLS connection. */
    public SSLContext serverContext() throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the local bridge certificate: " + e.getMessage(), e);
        }
    }

    /**
     * The commands that put the CA into this user's trust store on {@code os} ({@code os.name}):
     * the NSS database Chromium and Chrome read on Linux, the login keychain on macOS (which asks the
     * user to confirm), the user's Root store on Windows (which asks too). Firefox keeps its own store
     * per profile and is not covered.
     */
    public List<List<String>> installCommands(String os, Path home) {
        String name = os.toLowerCase(Locale.ROOT);
        String ca = caFile().toString();
        if (name.startsWith("windows")) {
            return List.of(List.of("certutil", "-user", "-addstore", "Root", ca));
        }
        if (name.startsWith("mac")) {
            List<List<String>> commands = new java.util.ArrayList<>();
            commands.add(List.of(
                    "security",
                    "add-trusted-cert",
                    "-r",
                    "trustRoot",
                    "-k",
                    home.resolve("Library/Keychains/login.keychain-db").toString(),
                    ca));
            for (Path profile : firefoxProfiles(home)) {
                commands.addAll(replaceIn("sql:" + profile, ca));
            }
            return commands;
        }
        String database = "sql:" + home.resolve(".pki/nssdb");
        List<List<String>> commands = new java.util.ArrayList<>(List.of(
                List.of("mkdir", "-p", home.resolve(".pki/nssdb").toString()),
                List.of(
                        "sh",
                        "-c",
                        "certutil -d '" + database + "' -L >/dev/null 2>&1 || certutil -d '" + database
                                + "' -N --empty-password")));
        commands.addAll(replaceIn(database, ca));
        for (Path profile : firefoxProfiles(home)) {
            commands.addAll(replaceIn("sql:" + profile, ca));
        }
        return commands;
    }

    /** Drops a CA of an earlier (renewed) certificate under VNSign's name, then adds the current one. */
    private static List<List<String>> replaceIn(String database, String ca) {
        return List.of(
                List.of("sh", "-c", "certutil -d '" + database + "' -D -n '" + NAME + "' >/dev/null 2>&1 || true"),
                List.of("certutil", "-d", database, "-A", "-t", "C,,", "-n", NAME, "-i", ca));
    }

    /**
     * Firefox keeps its own NSS store in each profile (not the one Chromium reads): the profiles
     * with a {@code cert9.db} under {@code ~/.mozilla/firefox} (Linux) or {@code ~/Library/Application
     * Support/Firefox/Profiles} (macOS, where the keychain covers Chrome and Safari).
     */
    static List<Path> firefoxProfiles(Path home) {
        List<Path> profiles = new java.util.ArrayList<>();
        for (Path root : List.of(
                home.resolve(".mozilla/firefox"), home.resolve("Library/Application Support/Firefox/Profiles"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (var children = Files.list(root)) {
                children.filter(profile -> Files.isRegularFile(profile.resolve("cert9.db")))
                        .sorted()
                        .forEach(profiles::add);
            } catch (IOException e) {
                // an unreadable folder has no profile we can add to
            }
        }
        return profiles;
    }

    /** Runs {@link #installCommands}; call only after the user agreed. */
    public void install(String os, Path home) throws IOException {
        for (List<String> command : installCommands(os, home)) {
            Commands.run(command);
        }
    }

    private static void generate(KeyStore store, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair caKeys = ec();
        X500Name caName = new X500Name("CN=" + NAME + ",O=VNSign");
        X509v3CertificateBuilder ca = builder(caName, caName, caKeys, now, Duration.ofDays(3650));
        ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        ca.addExtension(
                Extension.nameConstraints,
                true,
                new NameConstraints(
                        new GeneralSubtree[] {
                            new GeneralSubtree(new GeneralName(GeneralName.dNSName, "localhost")),
                            new GeneralSubtree(new GeneralName(
                                    GeneralName.iPAddress,
                                    new org.bouncycastle.asn1.DEROctetString(
                                            new byte[] {127, 0, 0, 1, (byte) 255, (byte) 255, (byte) 255, (byte) 255})))
                        },
                        null));
        X509Certificate caCertificate = sign(ca, caKeys.getPrivate());
        KeyPair serverKeys = ec();
        X509v3CertificateBuilder server =
                builder(caName, new X500Name("CN=127.0.0.1,O=VNSign"), serverKeys, now, Duration.ofDays(820));
        server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        server.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        server.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        server.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")
        }));
        store.setKeyEntry("server", serverKeys.getPrivate(), STORE_PASSWORD, new Certificate[] {
            sign(server, caKeys.getPrivate()), caCertificate
        });
    }

    private static X509v3CertificateBuilder builder(
            X500Name issuer, X500Name subject, KeyPair keys, Instant now, Duration validity) {
        return new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(64, RANDOM).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(validity)),
                subject,
                keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }
}
