/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.vnsign.testsupport.pki.TestPki;

/**
 * Validates a PDF with poppler's {@code pdfsig} (NSS underneath, a code base independent of iText,
 * PDFBox and DSS), against an NSS database that trusts only the test PKI's root.
 */
public final class Pdfsig {
    private Pdfsig() {}

    /** One signature as pdfsig prints it. */
    public record Signature(
            String signerName,
            String signatureValidation,
            String certificateValidation,
            String type,
            boolean totalDocumentSigned) {
        public boolean valid() {
            return signatureValidation.equals("Signature is Valid.");
        }
    }

    /** NSS databases already made, one per trusted root: certutil runs once per root and JVM. */
    private static final Map<X509Certificate, Path> DATABASES = new ConcurrentHashMap<>();

    public static List<Signature> validate(Path pdf, TestPki pki) {
        try {
            Path nss = DATABASES.computeIfAbsent(pki.root(), Pdfsig::trusting);
            return parse(run(List.of("pdfsig", "-nssdir", "sql:" + nss, pdf.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An NSS database that trusts {@code root} and nothing else. */
    private static Path trusting(X509Certificate root) {
        try {
            Path nss = Files.createTempDirectory("vnsign-nss");
            Path pem = nss.resolve("root.pem");
            Files.writeString(
                    pem,
                    "-----BEGIN CERTIFICATE-----\n"
                            + Base64.getMimeEncoder().encodeToString(root.getEncoded())
                            + "\n-----END CERTIFICATE-----\n");
            run(List.of("certutil", "-N", "-d", "sql:" + nss, "--empty-password"));
            run(List.of(
                    "certutil",
                    "-A",
                    "-d",
                    "sql:" + nss,
                    "-n",
                    "VNSign Test Root",
                    "-t",
                    "CT,C,C",
                    "-i",
                    pem.toString()));
            return nss;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Signature> parse(String output) {
        List<Signature> signatures = new ArrayList<>();
        String name = "";
        String validation = "";
        String certificate = "";
        String type = "";
        boolean total = false;
        boolean open = false;
        for (String raw : output.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("Signature #")) {
                if (open) {
                    signatures.add(new Signature(name, validation, certificate, type, total));
                }
                open = true;
                name = "";
                validation = "";
                certificate = "";
                type = "";
                total = false;
            } else if (line.startsWith("- Signer Certificate Common Name:")) {
                name = after(line);
            } else if (line.startsWith("- Signature Validation:")) {
                validation = after(line);
            } else if (line.startsWith("- Certificate Validation:")) {
                certificate = after(line);
            } else if (line.startsWith("- Signature Type:")) {
                type = after(line);
            } else if (line.equals("- Total document signed")) {
                total = true;
            }
        }
        if (open) {
            signatures.add(new Signature(name, validation, certificate, type, total));
        }
        return signatures;
    }

    private static String after(String line) {
        return line.substring(line.indexOf(':') + 1).trim();
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            if (process.exitValue() != 0 && !command.get(0).equals("pdfsig")) {
                throw new IOException(command + " failed: " + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
    }
}
