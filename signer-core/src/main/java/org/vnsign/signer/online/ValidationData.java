/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
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
    public record Revocation(X509Certificate certificate, Instant since) {}

    void add(X509Certificate certificate) {
        certificates.putIfAbsent(Fingerprints.sha256Hex(encoded(certificate)), certificate);
    }

    void add(X509Certificate certificate, Evidence evidence) {
        Map<String, byte[]> target = evidence.kind() == Evidence.Kind.OCSP ? ocsps : crls;
        target.putIfAbsent(Fingerprints.sha256Hex(evidence.encoded()), evidence.encoded());
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
}
