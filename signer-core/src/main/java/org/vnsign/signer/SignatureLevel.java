/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.util.Locale;

/**
 * The PAdES baseline levels (ETSI EN 319 142-1). Each level contains the one before: B-T adds a
 * time-stamp on the signature, B-LT the certificates and revocation data a verifier needs offline,
 * B-LTA a document time-stamp over all of it that can be renewed before its algorithms weaken.
 */
public enum SignatureLevel {
    B_B("B-B"),
    B_T("B-T"),
    B_LT("B-LT"),
    B_LTA("B-LTA");

    private final String label;

    SignatureLevel(String label) {
        this.label = label;
    }

    /** The ETSI spelling: {@code B-B}, {@code B-T}, {@code B-LT}, {@code B-LTA}. */
    public String label() {
        return label;
    }

    /** Whether reaching this level needs a time-stamping authority or revocation services. */
    public boolean needsNetwork() {
        return this != B_B;
    }

    public boolean atLeast(SignatureLevel other) {
        return compareTo(other) >= 0;
    }

    /** Reads {@code B-LT}, {@code b-lt}, {@code B_LT} or {@code LT}. */
    public static SignatureLevel parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('_', '-');
        for (SignatureLevel level : values()) {
            if (level.label.equals(wanted) || level.label.substring(2).equals(wanted)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown signature level " + text + "; expected B-B, B-T, B-LT or B-LTA");
    }

    @Override
    public String toString() {
        return label;
    }
}
