/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * VGCA's SignFiles in and out (vn-conventions 3.1.3): {@code {FileUploadHandler, SessionId,
 * JWTToken, MetaData, Files: [{FileID, FileName, URL}]}} becomes a {@link BatchRequest}; the answer
 * is VGCA's {@code {Status, Message, FileName, FileServer}} with {@code Files: [{FileID, Status,
 * Message, FileName, FileServer}]}, one per file in the page's order. A file's address is its
 * {@code URL}, else its {@code FileName} when that is an address.
 */
final class VgcaBatch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VgcaBatch() {}

    static BatchRequest parse(String origin, JsonNode body) {
        if (body == null || !body.isObject() || !body.path("Files").isArray()) {
            throw new IllegalArgumentException("SignFiles needs Files: [{FileID, FileName, URL}]");
        }
        URI upload = BridgeServer.webAddress(body.path("FileUploadHandler").asText(""), "FileUploadHandler");
        PageCredentials credentials = new PageCredentials(
                body.path("SessionId").asText(""), body.path("JWTToken").asText(""));
        List<BatchRequest.File> files = new ArrayList<>();
        for (JsonNode file : body.path("Files")) {
            String url = file.path("URL").asText("");
            String address = url.isBlank() ? file.path("FileName").asText("") : url;
            String id = file.path("FileID").asText("");
            files.add(new BatchRequest.File(
                    id.isBlank() ? String.valueOf(files.size() + 1) : id,
                    BridgeServer.webAddress(address, "Files[" + files.size() + "].URL")));
        }
        return new BatchRequest(origin, files, upload, credentials, VgcaRequests.metaData(body.path("MetaData")));
    }

    static ObjectNode answer(BatchOutcome outcome) {
        BridgeOutcome whole = outcome.whole();
        boolean signed = whole.status().equals(BridgeOutcome.SIGNED);
        ObjectNode answer = VgcaCompatServer.answer(signed ? 0 : 1, whole.message(), "", "");
        ArrayNode files = answer.putArray("Files");
        for (BatchOutcome.FileOutcome file : outcome.files()) {
            boolean done = file.outcome().status().equals(BridgeOutcome.SIGNED);
            ObjectNode entry = JSON.createObjectNode();
            entry.put("FileID", file.id());
            entry.put("Status", done ? 0 : 1);
            entry.put("Message", file.outcome().message());
            entry.put("FileName", file.fileName());
            entry.put("FileServer", file.outcome().fileServer());
            files.add(entry);
        }
        return answer;
    }
}
