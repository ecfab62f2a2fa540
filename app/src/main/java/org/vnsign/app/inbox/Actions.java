/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.inbox;

import java.util.Locale;
import java.util.Optional;
import org.vnsign.app.placement.SigningAction;

/**
 * The actions of VNSign's QLVB contract ({@code docs/qlvb-api.yaml}: initial, approve, issue,
 * annex, copy) and the app's signing actions, both ways.
 */
public final class Actions {
    private Actions() {}

    /** The signing action a server's action asks for; empty for an action this version does not know. */
    public static Optional<SigningAction> signing(String contractAction) {
        return switch (contractAction.toLowerCase(Locale.ROOT)) {
            case "initial" -> Optional.of(SigningAction.INITIAL);
            case "approve" -> Optional.of(SigningAction.APPROVAL);
            case "issue" -> Optional.of(SigningAction.ISSUE);
            case "annex" -> Optional.of(SigningAction.ANNEX);
            case "copy" -> Optional.of(SigningAction.COPY);
            default -> Optional.empty();
        };
    }

    /** What the server is told was done. */
    public static String contract(SigningAction action) {
        return switch (action) {
            case INITIAL -> "initial";
            case APPROVAL -> "approve";
            case ISSUE -> "issue";
            case ANNEX -> "annex";
            case COPY -> "copy";
        };
    }
}
