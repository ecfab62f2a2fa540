/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to verify and how.
 *
 * @param file the PDF
 * @param anchors the certificates trusted as roots of signer, time-stamp and revocation chains
 * @param online whether OCSP responders and CRL servers may be asked when the file and the cache
 *     hold no revocation data; off by default because documents are verified offline too
 * @param password the user password of an encrypted PDF
 */
public record VerifyRequest(Path file, TrustAnchors anchors, boolean online, Optional<char[]> password) {

    /** Offline verification against the Vietnamese anchors. */
    public static VerifyRequest of(Path file) {
        return new VerifyRequest(file, TrustAnchors.vietnamese(), false, Optional.empty());
    }

    public VerifyRequest withAnchors(TrustAnchors other) {
        return new VerifyRequest(file, other, online, password);
    }

    public VerifyRequest withOnline(boolean allowed) {
        return new VerifyRequest(file, anchors, allowed, password);
    }

    public VerifyRequest withPassword(char[] userPassword) {
        return new VerifyRequest(file, anchors, online, Optional.of(userPassword));
    }
}
