/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** PDF signing for VNSign: PAdES, Decree 30/2020 appearances, initials. No UI, no token access. */
module org.vnsign.signer {
    requires kernel;
    requires layout;
    requires forms;
    requires sign;
    requires io;
    requires commons;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.slf4j;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires java.naming;
    requires java.net.http;

    exports org.vnsign.signer;
    exports org.vnsign.signer.verify;

    uses org.vnsign.signer.SigningEngine;
    uses org.vnsign.signer.verify.VerificationEngine;

    provides org.vnsign.signer.SigningEngine with
            org.vnsign.signer.sign.PadesSigningEngine;
    provides org.vnsign.signer.verify.VerificationEngine with
            org.vnsign.signer.verifier.PadesVerificationEngine;
}
