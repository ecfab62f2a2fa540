/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

/**
 * What the page is told about its request.
 *
 * @param status {@code signed} (and uploaded or queued), {@code refused} by the user, {@code failed},
 *     or {@code busy} (another request is on screen; nothing was shown)
 * @param message why, in the user's language; empty when signed and delivered
 * @param upload {@code delivered}, {@code queued} (in the user's outbox, retried) or empty when nothing was signed
 * @param fileServer what the QLVB server said it stored, when delivered
 * @param fileName the signed document's name, for a page that had the user pick it (VGCA's {@code FileName: ""}); else empty
 */
public record BridgeOutcome(String status, String message, String upload, String fileServer, String fileName) {
    public BridgeOutcome(String status, String message, String upload, String fileServer) {
        this(status, message, upload, fileServer, "");
    }

    public static final String SIGNED = "signed";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";
    public static final String BUSY = "busy";

    public static BridgeOutcome refused(String message) {
        return new BridgeOutcome(REFUSED, message, "", "");
    }

    /** Another request already waits for the user: this one is answered at once and never shown. */
    public static BridgeOutcome busy() {
        return new BridgeOutcome(BUSY, "VNSign is already handling a signing request", "", "");
    }

    public static BridgeOutcome failed(String message) {
        return new BridgeOutcome(FAILED, message, "", "");
    }
}
