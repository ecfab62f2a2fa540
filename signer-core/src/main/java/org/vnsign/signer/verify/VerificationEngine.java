/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.time.Clock;
import org.vnsign.signer.NetworkSettings;

/**
 * The implementation behind {@link DocumentVerifiers}, found through {@link java.util.ServiceLoader}
 * so that this API package never names it (and no package cycle runs through the API).
 */
public interface VerificationEngine {
    /** A verifier judging "now" by {@code clock}, reaching servers as {@code network} says. */
    DocumentVerifier verifier(Clock clock, NetworkSettings network);

    /** A pre-signing checker judging "now" by {@code clock}, reaching servers as {@code network} says. */
    SignerCertificateChecker signerChecker(Clock clock, NetworkSettings network);
}
