/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Uploads a signed file the way QLVB servers built for Ban Cơ yếu's VGCA Sign Service expect it
 * (vn-conventions 3.1.5): {@code POST} multipart/form-data with the file in the part {@code
 * uploadfile}, answered by JSON {@code {Status: true|false, Message, FileName, FileServer}}. Only a
 * boolean {@code true} Status is a delivery; anything else (HTTP error, timeout, dropped
 * connection, malformed JSON, Status false) is a failure with a reason, and the file stays in the
 * outbox. Every attempt carries the entry's {@code Idempotency-Key}, and the page's cookie and
 * MetaData fields when it gave them.
 */
public final class VgcaUploader implements Uploader {
    /** The multipart part VGCA-style upload handlers read the file from. */
    public static final String PART = "uploadfile";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration timeout;

    public VgcaUploader(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public UploadResult upload(Upload entry, Path file) {
        Destination destination = entry.destination();
        HttpRequest.Builder request;
        try {
            Multipart body = Multipart.of(destination.fields(), PART, file, entry.fileName());
            request = HttpRequest.newBuilder(URI.create(destination.url()))
                    .timeout(timeout)
                    .header("Content-Type", body.contentType())
                    .header("Idempotency-Key", entry.idempotencyKey())
                    .POST(body.body());
        } catch (IllegalArgumentException e) {
            return UploadResult.failed("not an upload address: " + destination.url());
        } catch (IOException e) {
            return UploadResult.failed("cannot read the signed file: " + e.getMessage());
        }
        if (!destination.token().isBlank()) {
            request.header("Authorization", "Bearer " + destination.token());
        }
        if (!destination.cookie().isBlank()) {
            request.header("Cookie", destination.cookie());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            String why = "no answer from the server: " + Http.noAnswer(e);
            return Http.neverSent(e) ? UploadResult.failed(why) : UploadResult.unknown(why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UploadResult.failed("interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            return UploadResult.failed("HTTP " + response.statusCode());
        }
        return answer(response.body());
    }

    /** The VGCA answer: delivered only on a boolean {@code Status} true. */
    public static UploadResult answer(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return UploadResult.failed("the server's answer is not JSON");
        }
        if (json == null || !json.isObject() || !json.path("Status").isBoolean()) {
            return UploadResult.failed("the server's answer has no boolean Status");
        }
        String message = json.path("Message").asText("");
        if (!json.get("Status").asBoolean()) {
            return UploadResult.failed(message.isBlank() ? "the server refused the file" : message);
        }
        return new UploadResult(true, message, json.path("FileServer").asText(""));
    }
}
