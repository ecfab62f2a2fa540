/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

/**
 * A digest signed for a page, or why not.
 *
 * @param outcome {@code signed}, {@code refused}, {@code failed} or {@code busy}, with the message
 * @param signature the signature value (PKCS#1 v1.5, or DER ECDSA), empty when not signed
 * @param certificate the signer's certificate (DER), empty when not signed
 */
public record SignedDigest(BridgeOutcome outcome, byte[] signature, byte[] certificate) {
    public SignedDigest {
        signature = signature.clone();
        certificate = certificate.clone();
    }

    public static SignedDigest not(BridgeOutcome outcome) {
        return new SignedDigest(outcome, new byte[0], new byte[0]);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public byte[] certificate() {
        return certificate.clone();
    }
}
