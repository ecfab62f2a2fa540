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
 */
public record UploadResult(boolean delivered, String message, String fileServer) {
    static UploadResult failed(String why) {
        return new UploadResult(false, why, "");
    }
}
