/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vnsign.signer.SignatureKind;

/**
 * A page's request to sign several documents at once (VGCA's SignFiles): the user looks at them,
 * confirms once and types the PIN once; each is signed as an approval placed by VNSign, uploaded
 * with its own result.
 *
 * @param origin the page's origin, shown to the user
 * @param files the documents, in the page's order
 * @param upload the FileUploadHandler every signed file goes to; null for the user's own files,
 *     signed in the desktop and kept beside them
 * @param credentials the page's SessionId and JWTToken (the bearer token of every upload)
 * @param metaData the page's MetaData, sent with every file
 */
public record BatchRequest(
        String origin, List<File> files, URI upload, PageCredentials credentials, Map<String, String> metaData) {
    /** More documents than this in one request are refused: a person cannot look at them all. */
    public static final int MAX_FILES = 50;

    /**
     * One document of the batch.
     *
     * @param id the page's {@code FileID}, sent back with the file's result and to the upload handler
     * @param address where it is downloaded from
     */
    public record File(String id, URI address) {}

    public BatchRequest {
        files = List.copyOf(files);
        if (files.isEmpty() || files.size() > MAX_FILES) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_FILES + " files, not " + files.size());
        }
        credentials = credentials == null ? PageCredentials.none() : credentials;
        metaData = metaData == null ? Map.of() : Map.copyOf(metaData);
    }

    /** The user's own files, signed one after the other in the desktop and kept beside them. */
    public static BatchRequest local(List<java.nio.file.Path> paths) {
        List<File> files = new java.util.ArrayList<>();
        for (java.nio.file.Path path : paths) {
            files.add(new File(String.valueOf(files.size() + 1), path.toUri()));
        }
        return new BatchRequest("", files, null, PageCredentials.none(), Map.of());
    }

    /** Whether these are the user's own files rather than a page's. */
    public boolean local() {
        return upload == null;
    }

    /**
     * One file as a single request: an approval, with the page's credentials and MetaData, and the
     * file's id as the form field {@code FileID} so the upload handler knows which document came.
     */
    public BridgeRequest single(File file) {
        Map<String, String> fields = new LinkedHashMap<>(metaData);
        fields.put("FileID", file.id());
        return new BridgeRequest(
                origin,
                file.address(),
                SignatureKind.APPROVAL,
                "",
                upload,
                credentials.bearer(),
                null,
                credentials,
                fields);
    }
}
