/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.time.Clock;
import java.util.ServiceLoader;
import org.vnsign.signer.NetworkSettings;

/** Entry points to the verifier. */
public final class DocumentVerifiers {
    private DocumentVerifiers() {}

    /**
     * The verifier, judging "now" by {@code clock} and reaching revocation servers (only for
     * requests that allow it) as {@code network} says; its cache folder is also read offline.
     */
    public static DocumentVerifier create(Clock clock, NetworkSettings network) {
        return Engine.INSTANCE.verifier(clock, network);
    }

    /**
     * The check of a signer's certificate before signing (Circular 15/2025/TT-BKHCN), judging "now"
     * by {@code clock}; servers are asked only for requests that allow it, the cache always.
     */
    public static SignerCertificateChecker signerChecker(Clock clock, NetworkSettings network) {
        return Engine.INSTANCE.signerChecker(clock, network);
    }

    /** The verifier with the system clock and the default network settings. */
    public static DocumentVerifier create() {
        return create(Clock.systemUTC(), NetworkSettings.defaults());
    }

    /** Loaded once, on first use. */
    private static final class Engine {
        static final VerificationEngine INSTANCE = ServiceLoader.load(
                        VerificationEngine.class, VerificationEngine.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("signer-core is incomplete: no VerificationEngine"));
    }
}
