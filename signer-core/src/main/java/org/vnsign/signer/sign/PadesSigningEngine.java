/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import java.time.Clock;
import org.vnsign.signer.DocumentExtender;
import org.vnsign.signer.DocumentSigner;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SigningEngine;
import org.vnsign.signer.longterm.ITextDocumentExtender;

/** signer-core's signing engine (iText), registered in module-info and META-INF/services. */
public final class PadesSigningEngine implements SigningEngine {
    /** For {@link java.util.ServiceLoader}. */
    public PadesSigningEngine() {}

    @Override
    public DocumentSigner signer(Clock clock, NetworkSettings network) {
        return new ITextDocumentSigner(clock, network);
    }

    @Override
    public DocumentExtender extender(NetworkSettings network) {
        return new ITextDocumentExtender(network);
    }
}
