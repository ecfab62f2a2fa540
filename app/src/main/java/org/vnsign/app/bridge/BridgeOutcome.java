/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

/**
 * What the page is told about its request.
 *
 * @param status {@code signed} (and uploaded or queued), {@code refused} by the user, or {@code failed}
 * @param message why, in the user's language; empty when signed and delivered
 * @param upload {@code delivered}, {@code queued} (in the user's outbox, retried) or empty when nothing was signed
 * @param fileServer what the QLVB server said it stored, when delivered
 */
public record BridgeOutcome(String status, String message, String upload, String fileServer) {
    public static final String SIGNED = "signed";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";

    public static BridgeOutcome refused(String message) {
        return new BridgeOutcome(REFUSED, message, "", "");
    }

    public static BridgeOutcome failed(String message) {
        return new BridgeOutcome(FAILED, message, "", "");
    }
}
