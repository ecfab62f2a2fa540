/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.util.Optional;

/**
 * The level asked for was not reached: a time-stamping, OCSP or CRL server failed, or the
 * certificate turned out revoked. Says how far the file got before the failure; nothing was
 * written, since VNSign never silently produces a lower level than asked.
 */
public final class LevelNotReachedException extends SignerException {
    private static final long serialVersionUID = 1L;

    private final SignatureLevel asked;
    private final transient Optional<SignatureLevel> reached;

    public LevelNotReachedException(
            SignerError error,
            SignatureLevel asked,
            Optional<SignatureLevel> reached,
            String message,
            Throwable cause) {
        super(
                error,
                message + " (asked " + asked + ", reached "
                        + reached.map(SignatureLevel::label).orElse("none") + ")",
                cause);
        this.asked = asked;
        this.reached = reached;
    }

    public SignatureLevel asked() {
        return asked;
    }

    /** The highest level the file had reached in memory when the failure came; empty before signing. */
    public Optional<SignatureLevel> reached() {
        return reached;
    }
}
