/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.inbox;

import java.util.Locale;
import java.util.Optional;
import org.vnsign.signer.SignatureKind;

/**
 * The actions of VNSign's QLVB contract ({@code docs/qlvb-api.yaml}: initial, approve, issue,
 * annex, copy) and the app's signing actions, both ways.
 */
public final class Actions {
    private Actions() {}

    /** The signing action a server's action asks for; empty for an action this version does not know. */
    public static Optional<SignatureKind> signing(String contractAction) {
        return switch (contractAction.toLowerCase(Locale.ROOT)) {
            case "initial" -> Optional.of(SignatureKind.INITIALS);
            case "approve" -> Optional.of(SignatureKind.APPROVAL);
            case "issue" -> Optional.of(SignatureKind.ISSUE);
            case "annex" -> Optional.of(SignatureKind.ANNEX);
            case "copy" -> Optional.of(SignatureKind.COPY);
            case "incoming" -> Optional.of(SignatureKind.INCOMING);
            case "comment" -> Optional.of(SignatureKind.COMMENT);
            default -> Optional.empty();
        };
    }

    /** What the server is told was done. */
    public static String contract(SignatureKind action) {
        return switch (action) {
            case INITIALS -> "initial";
            case APPROVAL -> "approve";
            case ISSUE -> "issue";
            case ANNEX -> "annex";
            case COPY -> "copy";
            case INCOMING -> "incoming";
            case COMMENT -> "comment";
            // The contract has no invisible signature; the desktop never offers one, so this is a caller's bug.
            case INVISIBLE -> throw new IllegalArgumentException("the QLVB contract has no invisible signature");
        };
    }
}
