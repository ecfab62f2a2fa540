/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.time.Clock;
import java.util.ServiceLoader;

/** Where callers get a {@link DocumentSigner}; the PDF library behind it stays an implementation detail. */
public final class DocumentSigners {
    private DocumentSigners() {}

    /** The PAdES signer, printing the system clock's time. */
    public static DocumentSigner pades() {
        return pades(Clock.systemUTC());
    }

    /** The PAdES signer with a given clock, for reproducible appearances in tests. */
    public static DocumentSigner pades(Clock clock) {
        return pades(clock, NetworkSettings.defaults());
    }

    /** The PAdES signer reaching time-stamping and revocation servers as {@code network} says. */
    public static DocumentSigner pades(Clock clock, NetworkSettings network) {
        return Engine.INSTANCE.signer(clock, network);
    }

    /** The extender to B-LT and B-LTA, reaching servers as {@code network} says. */
    public static DocumentExtender extender(NetworkSettings network) {
        return Engine.INSTANCE.extender(network);
    }

    /** Loaded once, on first use. */
    private static final class Engine {
        static final SigningEngine INSTANCE = ServiceLoader.load(
                        SigningEngine.class, SigningEngine.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("signer-core is incomplete: no SigningEngine"));
    }
}
