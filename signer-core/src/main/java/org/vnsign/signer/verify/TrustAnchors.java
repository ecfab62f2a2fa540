/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.online.Fingerprints;
import org.vnsign.signer.online.IssuerFinder;

/**
 * The certificates a verification trusts as roots. VNSign ships the Vietnamese anchors (Ban Cơ yếu
 * G1 and G2, NEAC's national root, the legacy MIC root) pinned by SHA-256: a certificate whose
 * fingerprint is pinned is an anchor wherever it was found, so a pin needs no certificate file and
 * cannot be swapped for a look-alike. Issuing CAs ship as {@link #intermediates()}, never
 * anchors. Users add anchors (their own agency's test CA, a foreign CA) and remove pinned ones.
 * Immutable.
 */
public final class TrustAnchors {
    private static final String RESOURCES = "anchors/";
    private static final TrustAnchors VIETNAMESE = loadBundled();

    private final Map<String, String> pins;
    private final List<X509Certificate> certificates;
    private final List<X509Certificate> intermediates;

    private TrustAnchors(
            Map<String, String> pins, List<X509Certificate> certificates, List<X509Certificate> intermediates) {
        this.pins = Map.copyOf(pins);
        this.certificates = List.copyOf(certificates);
        this.intermediates = List.copyOf(intermediates);
    }

    /** The anchors VNSign ships. */
    public static TrustAnchors vietnamese() {
        return VIETNAMESE;
    }

    /** No anchor at all: every chain ends untrusted until anchors are added. */
    public static TrustAnchors none() {
        return new TrustAnchors(Map.of(), List.of(), List.of());
    }

    /** These anchors and {@code added}. */
    public TrustAnchors plus(Collection<X509Certificate> added) {
        Map<String, String> morePins = new HashMap<>(pins);
        List<X509Certificate> more = new ArrayList<>(certificates);
        for (X509Certificate certificate : added) {
            if (morePins.putIfAbsent(sha256(certificate), "user") == null) {
                more.add(certificate);
            }
        }
        return new TrustAnchors(morePins, more, intermediates);
    }

    /** These anchors without the one whose SHA-256 is {@code fingerprint} (hex, any case, colons allowed). */
    public TrustAnchors minus(String fingerprint) {
        String key = fingerprint.replace(":", "").toUpperCase(Locale.ROOT);
        Map<String, String> fewerPins = new HashMap<>(pins);
        fewerPins.remove(key);
        List<X509Certificate> fewer =
                certificates.stream().filter(c -> !sha256(c).equals(key)).toList();
        return new TrustAnchors(fewerPins, fewer, intermediates);
    }

    /** Whether {@code certificate} is an anchor. */
    public boolean trusts(X509Certificate certificate) {
        return pins.containsKey(sha256(certificate));
    }

    /**
     * Whether {@code certificate} is one of Ban Cơ yếu's first-generation (SHA-1) CAs, whose chains
     * are accepted with SHA-1 because most government certificates still chain to them.
     */
    public boolean isGovernmentFirstGeneration(X509Certificate certificate) {
        return "g1".equals(pins.get(sha256(certificate)));
    }

    /** The anchors that exist as certificates here; pinned ones must come with the signed file. */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /**
     * Issuing-CA certificates shipped to complete paths offline (VNPT-CA, Viettel-CA, ...). Never
     * anchors: a path through one is trusted only because it ends at an anchor, so a signer whose
     * token holds only its own certificate still verifies offline.
     */
    public List<X509Certificate> intermediates() {
        return intermediates;
    }

    /** The SHA-256 fingerprints trusted, upper-case hex. */
    public Set<String> fingerprints() {
        return new HashSet<>(pins.keySet());
    }

    /**
     * Reads certificates from a PEM or DER file, or from every {@code .pem}, {@code .crt},
     * {@code .cer} and {@code .der} file of a folder.
     */
    public static List<X509Certificate> read(Path fileOrFolder) throws SignerException {
        if (Files.isDirectory(fileOrFolder)) {
            List<X509Certificate> all = new ArrayList<>();
            try (Stream<Path> files = Files.list(fileOrFolder)) {
                for (Path file : files.filter(TrustAnchors::looksLikeCertificate)
                        .sorted()
                        .toList()) {
                    all.addAll(readFile(file));
                }
            } catch (IOException e) {
                throw new SignerException(SignerError.TRUST_UNREADABLE, fileOrFolder + ": " + e.getMessage(), e);
            }
            if (all.isEmpty()) {
                throw new SignerException(SignerError.TRUST_UNREADABLE, fileOrFolder + ": no certificate file");
            }
            return all;
        }
        return readFile(fileOrFolder);
    }

    private static boolean looksLikeCertificate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer") || name.endsWith(".der");
    }

    private static List<X509Certificate> readFile(Path file) throws SignerException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> read = parse(in);
            if (read.isEmpty()) {
                throw new SignerException(SignerError.TRUST_UNREADABLE, file + ": no certificate in the file");
            }
            return read;
        } catch (IOException e) {
            throw new SignerException(SignerError.TRUST_UNREADABLE, file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SignerException(SignerError.TRUST_UNREADABLE, file + ": not a PEM or DER certificate", e);
        }
    }

    private static List<X509Certificate> parse(InputStream in) throws GeneralSecurityException {
        List<X509Certificate> read = new ArrayList<>();
        for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
            read.add((X509Certificate) certificate);
        }
        return read;
    }

    static String sha256(X509Certificate certificate) {
        try {
            return Fingerprints.sha256Hex(certificate.getEncoded()).toUpperCase(Locale.ROOT);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    private static TrustAnchors loadBundled() {
        Map<String, String> pins = new HashMap<>();
        for (String line : lines("pins.txt")) {
            String[] columns = line.split(" ", 3);
            pins.put(columns[0].toUpperCase(Locale.ROOT), columns[1]);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (String name : lines("files.txt")) {
            certificates.addAll(bundled(
                    name,
                    "anchor",
                    certificate -> pins.containsKey(sha256(certificate))
                            ? Optional.empty()
                            : Optional.of("does not match its pin")));
        }
        List<X509Certificate> intermediates = new ArrayList<>();
        for (String line : lines("intermediates.txt")) {
            // Each line: file and SHA-256; the certificate must match it and be signed by a shipped anchor.
            String[] columns = line.split(" ", 2);
            intermediates.addAll(bundled(columns[0], "intermediate", certificate -> {
                if (!sha256(certificate).equalsIgnoreCase(columns[1].strip())) {
                    return Optional.of("does not match its fingerprint");
                }
                return certificates.stream().anyMatch(anchor -> IssuerFinder.issues(anchor, certificate))
                        ? Optional.empty()
                        : Optional.of("is not issued by a shipped anchor");
            }));
        }
        return new TrustAnchors(pins, certificates, intermediates);
    }

    /**
     * The certificates of one bundled file, each passing {@code problem} (which names what is wrong,
     * if anything): a bundle that fails its own checks stops VNSign rather than trusting less or more.
     */
    private static List<X509Certificate> bundled(
            String name, String role, Function<X509Certificate, Optional<String>> problem) {
        try (InputStream in = resource(name)) {
            List<X509Certificate> read = parse(in);
            for (X509Certificate certificate : read) {
                problem.apply(certificate).ifPresent(why -> {
                    throw new IllegalStateException("bundled " + role + " " + name + " " + why);
                });
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bundled " + role + " " + name + " is unreadable", e);
        }
    }

    private static List<String> lines(String name) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TrustAnchors.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + RESOURCES + name);
        }
        return in;
    }
}
