/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a verifier needs to check signatures offline, as it goes into the PDF's DSS: certificates,
 * DER {@code BasicOCSPResponse}s and DER CRLs, each once, plus any revoked certificate met on the
 * way.
 */
public final class ValidationData {
    private final Map<String, X509Certificate> certificates = new LinkedHashMap<>();
    private final Map<String, byte[]> ocsps = new LinkedHashMap<>();
    private final Map<String, byte[]> crls = new LinkedHashMap<>();
    private final List<Revocation> revoked = new ArrayList<>();

    /** A certificate found revoked, and since when. */
    public record Revocation(X509Certificate certificate, java.time.Instant since) {}

    void add(X509Certificate certificate) {
        certificates.putIfAbsent(key(encoded(certificate)), certificate);
    }

    void add(X509Certificate certificate, Evidence evidence) {
        Map<String, byte[]> target = evidence.kind() == Evidence.Kind.OCSP ? ocsps : crls;
        target.putIfAbsent(key(evidence.encoded()), evidence.encoded());
        evidence.revokedAt().ifPresent(since -> revoked.add(new Revocation(certificate, since)));
    }

    public Collection<X509Certificate> certificates() {
        return certificates.values();
    }

    public List<byte[]> encodedCertificates() {
        return certificates.values().stream().map(ValidationData::encoded).toList();
    }

    public List<byte[]> ocsps() {
        return List.copyOf(ocsps.values());
    }

    public List<byte[]> crls() {
        return List.copyOf(crls.values());
    }

    public List<Revocation> revoked() {
        return List.copyOf(revoked);
    }

    public Optional<Revocation> firstRevoked() {
        return revoked.stream().findFirst();
    }

    public boolean isEmpty() {
        return certificates.isEmpty() && ocsps.isEmpty() && crls.isEmpty();
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
