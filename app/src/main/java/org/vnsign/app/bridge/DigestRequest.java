/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.util.HexFormat;
import org.vnsign.token.DigestAlgorithm;

/**
 * A page's request to sign a digest with the user's key (VGCA's Auth, SignMsg, SignHash): no
 * document to show, so the user is shown who asks, what for, and the digest itself (and the
 * challenge's words for Auth) before agreeing, and the certificate is checked as for any signature.
 *
 * @param origin the page's origin, shown to the user
 * @param function the VGCA function that asked (Auth, SignMsg, SignHash)
 * @param algorithm the digest's algorithm
 * @param digest the digest to sign, exactly {@code algorithm.length()} bytes
 * @param shownText what the page asked to sign, when it is readable text (an Auth challenge); else empty
 */
public record DigestRequest(
        String origin, String function, DigestAlgorithm algorithm, byte[] digest, String shownText) {
    public DigestRequest {
        digest = digest.clone();
        if (digest.length != algorithm.length()) {
            throw new IllegalArgumentException(
                    "HashValue is " + digest.length + " bytes, not a " + algorithm.jcaName() + " digest");
        }
        shownText = shownText == null ? "" : shownText;
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    /** The digest in hexadecimal, grouped by four for a person to compare. */
    public String digestHex() {
        String hex = HexFormat.of().formatHex(digest);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 4));
        }
        return grouped.toString();
    }
}
