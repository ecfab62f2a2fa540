/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vnsign.token.TokenCertificate;

/**
 * Picks the signing certificate: the one whose SHA-256 fingerprint starts with the given prefix, or
 * the only certificate fit for signing now. Several candidates and no prefix is the caller's
 * question to ask, never a guess.
 */
public final class CertificateChoice {
    private CertificateChoice() {}

    public static Optional<TokenCertificate> choose(
            List<TokenCertificate> certificates, String fingerprintPrefix, Instant now) {
        if (fingerprintPrefix != null && !fingerprintPrefix.isBlank()) {
            String prefix = normalise(fingerprintPrefix);
            List<TokenCertificate> matches = certificates.stream()
                    .filter(c -> normalise(c.info().sha256Fingerprint()).startsWith(prefix))
                    .toList();
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        }
        List<TokenCertificate> usable = usableForSigning(certificates, now);
        return usable.size() == 1 ? Optional.of(usable.get(0)) : Optional.empty();
    }

    /** The certificates that can sign at {@code now}: valid and meant for signatures. */
    public static List<TokenCertificate> usableForSigning(List<TokenCertificate> certificates, Instant now) {
        return certificates.stream()
                .filter(c -> c.info().flagsAt(now).isEmpty())
                .toList();
    }

    private static String normalise(String fingerprint) {
        return fingerprint.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
