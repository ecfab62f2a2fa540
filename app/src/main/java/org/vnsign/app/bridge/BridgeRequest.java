/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vnsign.signer.SignatureKind;

/**
 * A web page's request to sign one document, as the bridge accepted it.
 *
 * @param origin the page's origin, shown to the user
 * @param document where the document is downloaded from (http or https only: a page can never name a
 *     local file); null when the page asks the user to pick one on this computer (VGCA's {@code FileName: ""})
 * @param action what to do with it
 * @param documentNumber "số, ký hiệu" for issue, annex and copy; may be empty
 * @param upload the QLVB FileUploadHandler the signed file goes to (VGCA convention)
 * @param uploadToken bearer token for the upload; may be empty (servers often carry it in the URL)
 * @param issuedDate the issue date the page assigns (VGCA {@code IssuedDate}), in Vietnam's calendar; null when none
 * @param credentials VGCA's SessionId and JWTToken, for the download and the upload
 * @param metaData VGCA's MetaData pairs, sent to the upload handler as form fields in their order
 */
public record BridgeRequest(
        String origin,
        URI document,
        SignatureKind action,
        String documentNumber,
        URI upload,
        String uploadToken,
        LocalDate issuedDate,
        PageCredentials credentials,
        Map<String, String> metaData) {
    public BridgeRequest {
        credentials = credentials == null ? PageCredentials.none() : credentials;
        metaData = metaData == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metaData));
    }

    /** A request without page credentials or MetaData (VNSign's own bridge contract). */
    public BridgeRequest(
            String origin,
            URI document,
            SignatureKind action,
            String documentNumber,
            URI upload,
            String uploadToken,
            LocalDate issuedDate) {
        this(origin, document, action, documentNumber, upload, uploadToken, issuedDate, null, null);
    }

    /** A request without an issue date. */
    public BridgeRequest(
            String origin, URI document, SignatureKind action, String documentNumber, URI upload, String uploadToken) {
        this(origin, document, action, documentNumber, upload, uploadToken, null);
    }

    /** Whether the user picks the document on this computer, as VGCA's {@code FileName: ""} asks. */
    public boolean localFile() {
        return document == null;
    }

    /** Whether the page's credentials may go with a request to {@code target}. */
    public boolean credentialsMayGoTo(URI target) {
        return PageCredentials.mayGoTo(target, origin, upload);
    }
}
