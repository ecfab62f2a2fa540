/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a signed file goes and how: everything a retry needs, kept with the outbox entry so that
 * it survives a restart.
 *
 * @param convention {@link #VGCA} (a FileUploadHandler URL, the file in part {@code uploadfile})
 *     or {@link #VNSIGN} (VNSign's REST contract, {@code docs/qlvb-api.yaml})
 * @param url the FileUploadHandler for VGCA; the API root for VNSign
 * @param token bearer token, or empty (VGCA servers often carry it in the URL instead)
 * @param extraCa a CA file trusted for this server beside the runtime's, or empty
 * @param documentId the document the result answers (VNSign contract), empty for VGCA
 * @param action initial, approve, issue, annex or copy (VNSign contract), empty for VGCA
 * @param signerFingerprint SHA-256 of the signer's certificate (VNSign contract), empty for VGCA
 * @param signingTime when the document was signed, ISO-8601 (VNSign contract), empty for VGCA
 * @param cookie the {@code Cookie} header a VGCA page asked for (its SessionId), or empty
 * @param fields form fields sent beside the file (a VGCA page's MetaData), in their order
 */
public record Destination(
        String convention,
        String url,
        String token,
        String extraCa,
        String documentId,
        String action,
        String signerFingerprint,
        String signingTime,
        String cookie,
        Map<String, String> fields) {
    public static final String VGCA = "vgca";
    public static final String VNSIGN = "vnsign";

    public Destination {
        token = orEmpty(token);
        extraCa = orEmpty(extraCa);
        documentId = orEmpty(documentId);
        action = orEmpty(action);
        signerFingerprint = orEmpty(signerFingerprint);
        signingTime = orEmpty(signingTime);
        cookie = orEmpty(cookie);
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A VGCA-style FileUploadHandler. */
    public static Destination vgca(String uploadUrl, String token, String extraCa) {
        return vgca(uploadUrl, token, extraCa, "", Map.of());
    }

    /** A VGCA-style FileUploadHandler with the page's cookie and MetaData fields. */
    public static Destination vgca(
            String uploadUrl, String token, String extraCa, String cookie, Map<String, String> fields) {
        return new Destination(VGCA, uploadUrl, token, extraCa, "", "", "", "", cookie, fields);
    }

    /**
     * The signed result of {@code documentId}, returned on VNSign's REST contract at {@code apiRoot}.
     *
     * @param action what was done, which may differ from what the server asked (the user chose)
     */
    public static Destination vnsign(
            String apiRoot,
            String token,
            String extraCa,
            String documentId,
            String action,
            String signerFingerprint,
            String signingTime) {
        return new Destination(
                VNSIGN, apiRoot, token, extraCa, documentId, action, signerFingerprint, signingTime, "", Map.of());
    }

    /** The extra CA file, when one is set. */
    public Optional<Path> extraCaFile() {
        return extraCa.isBlank() ? Optional.empty() : Optional.of(Path.of(extraCa));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
