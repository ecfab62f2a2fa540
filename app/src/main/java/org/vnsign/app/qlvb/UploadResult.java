/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

/**
 * What the document system answered to one upload.
 *
 * @param delivered the server acknowledged the file ({@code "Status": true})
 * @param message the server's message, or why the attempt failed (HTTP status, timeout, bad answer)
 * @param fileServer what the server says it stored (VGCA's {@code FileServer}), empty on failure
 * @param outcomeUnknown the request may have reached the server, but no answer came back
 */
public record UploadResult(boolean delivered, String message, String fileServer, boolean outcomeUnknown) {
    public UploadResult(boolean delivered, String message, String fileServer) {
        this(delivered, message, fileServer, false);
    }

    static UploadResult failed(String why) {
        return new UploadResult(false, why, "");
    }

    /** The request may have been received: the connection failed after it was sent. */
    static UploadResult unknown(String why) {
        return new UploadResult(false, why, "", true);
    }

    /** Not sent: another attempt could store the file twice, and nobody agreed to that. */
    public static UploadResult heldBack(String why) {
        return new UploadResult(false, why, "", true);
    }
}
