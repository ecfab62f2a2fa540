/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import java.time.Clock;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.verify.DocumentVerifier;
import org.vnsign.signer.verify.SignerCertificateChecker;
import org.vnsign.signer.verify.VerificationEngine;

/** signer-core's verification engine (iText, PDFBox for the viewer's reading), registered in module-info and META-INF/services. */
public final class PadesVerificationEngine implements VerificationEngine {
    /** For {@link java.util.ServiceLoader}. */
    public PadesVerificationEngine() {}

    @Override
    public DocumentVerifier verifier(Clock clock, NetworkSettings network) {
        return new ITextDocumentVerifier(clock, network);
    }

    @Override
    public SignerCertificateChecker signerChecker(Clock clock, NetworkSettings network) {
        return new org.vnsign.signer.pki.PreSigningCheck(clock, network);
    }
}
