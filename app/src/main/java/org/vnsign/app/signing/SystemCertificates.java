/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CA certificates the operating system already holds, where an office installed its CA beside the
 * token: on Windows the user's and the machine's stores (SunMSCAPI's {@code Windows-ROOT} and
 * {@code Windows-MY}), on macOS the keychain, on Linux the system bundle folder. They complete a
 * signer's chain; they are never trust anchors by themselves. Read once per process, best effort.
 */
public final class SystemCertificates {
    private static final Logger LOG = LoggerFactory.getLogger(SystemCertificates.class);
    private static final Path LINUX_FOLDER = Path.of("/etc/ssl/certs");
    private static volatile List<X509Certificate> loaded;

    private SystemCertificates() {}

    /** This machine's CA certificates (loaded on first use). */
    public static List<X509Certificate> standard() {
        List<X509Certificate> result = loaded;
        if (result == null) {
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            List<X509Certificate> found = new ArrayList<>();
            if (os.contains("win")) {
                found.addAll(keyStore("Windows-ROOT"));
                found.addAll(keyStore("Windows-MY"));
            } else if (os.contains("mac")) {
                found.addAll(keyStore("KeychainStore"));
            } else {
                found.addAll(folder(LINUX_FOLDER));
            }
            result = Collections.unmodifiableList(found);
            loaded = result;
        }
        return result;
    }

    /** The certificates of the PEM or DER files directly in {@code folder}; unreadable files are skipped. */
    public static List<X509Certificate> folder(Path folder) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return certificates;
        }
        try (Stream<Path> files = Files.list(folder)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files.sorted().toList()) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    for (Certificate certificate : factory.generateCertificates(in)) {
                        if (certificate instanceof X509Certificate x509 && x509.getBasicConstraints() >= 0) {
                            certificates.add(x509);
                        }
                    }
                } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
                    LOG.debug("{} is not a certificate file; skipped", file, e);
                }
            }
        } catch (IOException | java.security.GeneralSecurityException e) {
            LOG.debug("cannot list {}", folder, e);
        }
        return certificates;
    }

    private static List<X509Certificate> keyStore(String type) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            for (String alias : Collections.list(store.aliases())) {
                Certificate[] chain = store.getCertificateChain(alias);
                List<Certificate> all = new ArrayList<>();
                if (chain != null) {
                    all.addAll(List.of(chain));
                }
                if (store.getCertificate(alias) != null) {
                    all.add(store.getCertificate(alias));
                }
                for (Certificate certificate : all) {
                    if (certificate instanceof X509Certificate x509 && x509.getBasicConstraints() >= 0) {
                        certificates.add(x509);
                    }
                }
            }
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            LOG.debug("the {} store cannot be read", type, e);
        }
        return certificates;
    }
}
