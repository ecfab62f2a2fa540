/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.tokens;

/**
 * A certificate as the list shows it; an unsuitable one is shown greyed with the reason.
 *
 * @param fingerprint SHA-256, upper-case hex, to find it again
 * @param unsuitable why it cannot sign now (expired, not for signing, ...); empty when it can
 */
public record CertificateRow(
        String fingerprint,
        String name,
        String title,
        String agency,
        String issuer,
        String validity,
        String usage,
        String unsuitable) {
    public boolean suitable() {
        return unsuitable.isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}
