/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.Set;

/**
 * What a {@link PinCallback} is told when a PIN is needed: which token, why, and the PIN state the
 * token reported just before, so the prompt can warn "one try left" before the user types.
 *
 * @param token the token asking
 * @param purpose login to the token, or a per-signature confirmation for keys that demand it
 * @param pinFlags PIN state read from the token right now
 * @param keyLabel the key being used, for {@link Purpose#SIGNATURE_CONFIRMATION}; empty otherwise
 */
public record PinRequest(TokenDescriptor token, Purpose purpose, Set<PinFlag> pinFlags, String keyLabel) {
    public PinRequest {
        pinFlags = Set.copyOf(pinFlags);
    }

    /** Why the PIN is asked. */
    public enum Purpose {
        /** Log in to the token once for the session. */
        LOGIN,
        /** The key has CKA_ALWAYS_AUTHENTICATE: the PIN confirms this one signature. */
        SIGNATURE_CONFIRMATION
    }
}
