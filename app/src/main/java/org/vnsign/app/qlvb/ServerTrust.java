/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which servers' TLS certificates VNSign trusts when it talks to a document system: the Java
 * runtime's public CAs, plus, when the administrator configures one, an extra CA file. Ministries
 * and provinces often run their QLVB behind a certificate from their own internal CA or from the
 * Government's specialised CA, which no public trust store holds; the extra CA makes those servers
 * trusted without turning certificate checks off. Host names are still checked.
 */
public final class ServerTrust {
    private ServerTrust() {}

    /**
     * A TLS context trusting the runtime's CAs and every certificate in {@code extraCa} (PEM, one
     * or more certificates, or DER).
     *
     * @throws IOException naming the file when it cannot be read or holds no certificate
     */
    public static SSLContext withExtraCa(Path extraCa) throws IOException {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int index = 0;
            for (X509Certificate anchor : runtimeAnchors()) {
                trusted.setCertificateEntry("runtime-" + index++, anchor);
            }
            for (Certificate extra : read(extraCa)) {
                trusted.setCertificateEntry("extra-" + index++, extra);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the extra CA file " + extraCa + ": " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> read(Path file) throws IOException, GeneralSecurityException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("the extra CA file " + file + " does not exist");
        }
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (GeneralSecurityException e) {
            throw new IOException("the extra CA file " + file + " holds no certificate (PEM or DER expected)", e);
        }
        if (certificates.isEmpty()) {
            throw new IOException("the extra CA file " + file + " holds no certificate (PEM or DER expected)");
        }
        return certificates;
    }

    private static X509Certificate[] runtimeAnchors() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509.getAcceptedIssuers();
            }
        }
        return new X509Certificate[0];
    }
}
