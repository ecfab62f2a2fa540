/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.List;
import java.util.Set;

/**
 * An opened token: one session to one token, through which certificates are listed and digests
 * signed. The private key never leaves the token.
 *
 * <p>Thread-safety: every method may be called from any thread; operations on the one session are
 * serialised. Whoever opens a token closes it, which logs out and ends the session.
 */
public interface Token extends AutoCloseable {
    /** The token as found at discovery, with PIN flags as read when it was opened. */
    TokenDescriptor descriptor();

    /** The current PIN state, read from the token now (e.g. after a failed login). */
    Set<PinFlag> pinFlags() throws TokenException;

    boolean isLoggedIn();

    /**
     * Logs in once for this session, asking {@code pins} for the PIN. Does nothing when already
     * logged in or when the token needs no login. Never retries: a wrong PIN throws {@link
     * ErrorCode#TOKEN_PIN_INCORRECT} carrying the token's new PIN flags; a locked PIN throws {@link
     * ErrorCode#TOKEN_LOCKED} before the callback is asked.
     */
    void login(PinCallback pins) throws TokenException;

    /** Certificates with a matching private key, in token order. Needs a login on tokens that hide private objects. */
    List<TokenCertificate> certificates() throws TokenException;

    /**
     * Signs a digest computed by the caller with the key {@code key}.
     *
     * @param digest the raw digest, exactly {@code algorithm.digest().length()} bytes
     * @param pins asked again only for keys that require a PIN per signature
     * @return the signature value: PKCS#1 or PSS bytes for RSA, {@code r || s} for ECDSA
     */
    byte[] signDigest(KeyHandle key, SignatureAlgorithm algorithm, byte[] digest, PinCallback pins)
            throws TokenException;

    /** Logs out and closes the session. Never throws. */
    @Override
    void close();
}
