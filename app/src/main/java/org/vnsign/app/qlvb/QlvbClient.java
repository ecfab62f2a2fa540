/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * VNSign's own QLVB contract ({@code docs/qlvb-api.yaml}) for servers that integrate afresh: list
 * the documents waiting for the user, download one, return the signed result with the action, the
 * signer's certificate fingerprint, the signing time and an idempotency key. Bearer-token auth on
 * every call. Failures are {@link QlvbException}s with the server's message.
 */
public final class QlvbClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String token;
    private final HttpClient client;
    private final Duration timeout;

    /**
     * @param base the API root, e.g. {@code https://qlvb.example.gov.vn/api/vnsign/v1}
     * @param client from {@link Http#client}, trusting the server's CA
     */
    public QlvbClient(URI base, String token, Duration timeout, HttpClient client) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.token = token;
        this.timeout = timeout;
        this.client = client;
    }

    /** The documents waiting for this user, newest first. */
    public List<QlvbDocument> documents() throws QlvbException {
        JsonNode body = json(send(request("documents").GET(), HttpResponse.BodyHandlers.ofString()));
        List<QlvbDocument> documents = new ArrayList<>();
        for (JsonNode document : body.path("documents")) {
            documents.add(new QlvbDocument(
                    document.path("id").asText(),
                    document.path("title").asText(),
                    document.path("action").asText(),
                    document.path("fileName").asText(),
                    document.path("documentNumber").asText("")));
        }
        return documents;
    }

    /** Downloads the document to {@code target}, which appears complete or not at all. */
    public Path download(QlvbDocument document, Path target) throws QlvbException {
        try {
            return Downloads.save(
                    client,
                    request("documents/" + encode(document.id()) + "/file")
                            .GET()
                            .build(),
                    target);
        } catch (Downloads.StatusException | Downloads.NotKeptException e) {
            throw new QlvbException(e.getMessage(), e);
        } catch (IOException e) {
            throw new QlvbException("no answer from the document system: " + Http.noAnswer(e), e);
        }
    }

    /**
     * Returns the signed result. A retry with the same {@code idempotencyKey} is answered with the
     * first receipt and stores nothing twice.
     *
     * @return what the server stored
     */
    public String uploadSigned(
            QlvbDocument document, Path signed, String signerFingerprint, Instant signingTime, String idempotencyKey)
            throws QlvbException {
        Multipart body;
        try {
            body = Multipart.of(
                    Map.of(
                            "action", document.action(),
                            "signerFingerprint", signerFingerprint,
                            "signingTime", signingTime.toString()),
                    "file",
                    signed,
                    signed.getFileName().toString());
        } catch (IOException e) {
            throw new QlvbException("cannot read the signed file: " + e.getMessage(), e);
        }
        HttpRequest.Builder request = request("documents/" + encode(document.id()) + "/signed")
                .header("Content-Type", body.contentType())
                .header("Idempotency-Key", idempotencyKey)
                .POST(body.body());
        JsonNode receipt = json(send(request, HttpResponse.BodyHandlers.ofString()));
        if (!receipt.path("stored").asBoolean(false)) {
            throw new QlvbException("the server did not confirm it stored the result");
        }
        return receipt.path("fileServer").asText();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Authorization", "Bearer " + token);
    }

    private <T> T send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) throws QlvbException {
        HttpResponse<T> response;
        try {
            response = client.send(request.build(), handler);
        } catch (IOException e) {
            throw new QlvbException("no answer from the document system: " + Http.noAnswer(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QlvbException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            String message = response.body() instanceof String text ? messageOf(text) : "";
            throw new QlvbException("HTTP " + response.statusCode() + (message.isEmpty() ? "" : ": " + message));
        }
        return response.body();
    }

    private static JsonNode json(String text) throws QlvbException {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new QlvbException("the document system's answer is not JSON", e);
        }
    }

    private static String messageOf(String text) {
        try {
            return JSON.readTree(text).path("message").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
