/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.time.Clock;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.pdf.ITextDocumentVerifier;

/** Entry points to the verifier. */
public final class DocumentVerifiers {
    private DocumentVerifiers() {}

    /**
     * The verifier, judging "now" by {@code clock} and reaching revocation servers (only for
     * requests that allow it) as {@code network} says; its cache folder is also read offline.
     */
    public static DocumentVerifier create(Clock clock, NetworkSettings network) {
        return new ITextDocumentVerifier(clock, network);
    }

    /** The verifier with the system clock and the default network settings. */
    public static DocumentVerifier create() {
        return create(Clock.systemUTC(), NetworkSettings.defaults());
    }
}
