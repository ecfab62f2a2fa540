/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * A multipart/form-data body (RFC 7578) with text fields and one PDF file part, streamed from the
 * file rather than read into memory (signed files can be hundreds of megabytes): the JDK's HTTP
 * client sends bodies but does not build form bodies.
 */
record Multipart(String boundary, HttpRequest.BodyPublisher body) {
    /** @param fileName the name the server receives, which need not be the file's own */
    static Multipart of(Map<String, String> fields, String filePart, Path file, String fileName) throws IOException {
        if (!Files.isReadable(file)) {
            throw new FileNotFoundException(file.toString());
        }
        String boundary = "vnsign-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            head.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field.getKey())
                    .append("\"\r\n\r\n")
                    .append(field.getValue())
                    .append("\r\n");
        }
        String safeName = fileName.replace("\"", "").replace("\r", "").replace("\n", "");
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(filePart)
                .append("\"; filename=\"")
                .append(safeName)
                .append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8));
        return new Multipart(boundary, body);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }
}
