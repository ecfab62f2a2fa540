/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import org.vnsign.signer.HashAlgorithm;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.verify.TrustAnchors;

/**
 * How to sign, whichever front end asks: the digest, RSASSA-PSS or PKCS#1 v1.5 for RSA keys, the
 * level (which decides whether an unknown revocation status stops signing), the anchors the
 * signer's path must reach, and whether servers may be asked during the pre-signing check.
 *
 * @param demo the DEMO token signs: no certificate check (nobody else trusts it anyway), and its
 *     output keeps saying DEMO
 */
public record SigningOptions(
        HashAlgorithm hash, boolean pss, SignatureLevel level, TrustAnchors anchors, boolean online, boolean demo) {

    /** The same options for the DEMO token, or not. */
    public SigningOptions forDemo(boolean isDemo) {
        return new SigningOptions(hash, pss, level, anchors, online, isDemo);
    }
}
