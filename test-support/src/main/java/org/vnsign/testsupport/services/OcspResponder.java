/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.services;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.vnsign.testsupport.pki.TestPki;

/**
 * OpenSSL's own OCSP responder ({@code openssl ocsp -port 0}) for the test PKI's issuing CA,
 * answering from an index file in OpenSSL's CA database format, signing with the delegated
 * responder's key, each response valid for one day.
 */
final class OcspResponder implements AutoCloseable {
    private static final Pattern ACCEPT = Pattern.compile("ACCEPT .*:(\\d+) PID=\\d+");
    private static final DateTimeFormatter INDEX_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Process process;
    private final int port;

    private OcspResponder(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static OcspResponder start(TestPki pki, Path directory) {
        try {
            Files.createDirectories(directory);
            Path index = Files.writeString(directory.resolve("index.txt"), index(pki), StandardCharsets.US_ASCII);
            Path ca = pem(directory.resolve("ca.pem"), pki.issuingCa());
            Path signer =
                    pem(directory.resolve("responder.pem"), pki.ocspResponder().certificate());
            Path key = pem(
                    directory.resolve("responder.key"),
                    pki.ocspResponder().keyPair().getPrivate());
            Process process = new ProcessBuilder(
                            "openssl",
                            "ocsp",
                            "-index",
                            index.toString(),
                            "-CA",
                            ca.toString(),
                            "-rsigner",
                            signer.toString(),
                            "-rkey",
                            key.toString(),
                            "-port",
                            "0",
                            "-ndays",
                            "1",
                            "-ignore_err")
                    .redirectError(directory.resolve("openssl.log").toFile())
                    .start();
            return new OcspResponder(process, acceptedPort(process));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start openssl ocsp (is OpenSSL installed?)", e);
        }
    }

    /** The port OpenSSL chose, which it prints on its first line. */
    private static int acceptedPort(Process process) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher matcher = ACCEPT.matcher(line == null ? "" : line);
        if (!matcher.find()) {
            process.destroyForcibly();
            throw new IOException("openssl ocsp did not start: " + line);
        }
        return Integer.parseInt(matcher.group(1));
    }

    int port() {
        return port;
    }

    /** OpenSSL's index: {@code V|R, expiry, revocation[,reason], serial, file, subject}, tab-separated. */
    private static String index(TestPki pki) {
        X509CRL crl = pki.crl();
        List<String> lines = new ArrayList<>();
        for (X509Certificate certificate : pki.issuedByIssuingCa()) {
            X509CRLEntry revoked = crl.getRevokedCertificate(certificate);
            String status = revoked == null ? "V" : "R";
            String revocation = revoked == null
                    ? ""
                    : INDEX_TIME.format(revoked.getRevocationDate().toInstant()) + ",keyCompromise";
            String serial = certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
            lines.add(String.join(
                    "\t",
                    status,
                    INDEX_TIME.format(certificate.getNotAfter().toInstant()),
                    revocation,
                    serial.length() % 2 == 0 ? serial : "0" + serial,
                    "unknown",
                    "/CN=" + certificate.getSerialNumber()));
        }
        return String.join("\n", lines) + "\n";
    }

    private static Path pem(Path file, Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
