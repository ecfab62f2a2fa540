/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import org.vnsign.token.DigestAlgorithm;

/**
 * VGCA's calls that sign or verify data rather than a document (vn-conventions 3.1.3): Auth (a log-in
 * challenge), SignMsg and SignHash ({@code {HashAlg, HashValue, Encode}}, or the older bare base64
 * data), answered {@code {Status, Message, Signature, CertBase64}}.
 */
final class VgcaMessages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VgcaMessages() {}

    /**
     * The digest a page asks {@code function} to sign. A {@code HashValue} is signed as given (the
     * page hashed its data); data ({@code Base64Content}, or the older bare base64 message) is
     * hashed with SHA-256 here; an Auth challenge is its UTF-8 text, shown to the user and hashed.
     */
    static DigestRequest parse(String origin, String function, String message) {
        JsonNode body = json(message);
        if (body != null && body.isObject()) {
            DigestAlgorithm algorithm = algorithm(body.path("HashAlg").asText("SHA256"));
            if (body.hasNonNull("HashValue")) {
                return new DigestRequest(
                        origin,
                        function,
                        algorithm,
                        base64(body.path("HashValue").asText(), "HashValue"),
                        "");
            }
            String data = body.path("Base64Content").asText(body.path("Data").asText(""));
            if (data.isBlank()) {
                throw new IllegalArgumentException(function + " needs HashValue or Base64Content");
            }
            return new DigestRequest(origin, function, algorithm, digest(algorithm, base64(data, "Base64Content")), "");
        }
        String text = body != null && body.isTextual() ? body.asText() : message;
        if (function.equals("/Auth")) {
            if (text.isBlank() || text.length() > 4096) {
                throw new IllegalArgumentException("Auth needs a challenge of at most 4096 characters");
            }
            return new DigestRequest(
                    origin,
                    function,
                    DigestAlgorithm.SHA256,
                    digest(DigestAlgorithm.SHA256, text.getBytes(StandardCharsets.UTF_8)),
                    text);
        }
        return new DigestRequest(
                origin,
                function,
                DigestAlgorithm.SHA256,
                digest(DigestAlgorithm.SHA256, base64(text, "the message")),
                "");
    }

    static ObjectNode answer(SignedDigest signed) {
        boolean done = signed.outcome().status().equals(BridgeOutcome.SIGNED);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("Status", done ? 0 : 1);
        answer.put("Message", signed.outcome().message());
        answer.put("Signature", done ? Base64.getEncoder().encodeToString(signed.signature()) : "");
        answer.put("CertBase64", done ? Base64.getEncoder().encodeToString(signed.certificate()) : "");
        return answer;
    }

    /** SHA256, SHA-256, sha384...; SHA-1 is refused: it no longer protects a signature. */
    static DigestAlgorithm algorithm(String name) {
        String plain = name.strip().toUpperCase(Locale.ROOT).replace("-", "");
        return switch (plain) {
            case "SHA256", "" -> DigestAlgorithm.SHA256;
            case "SHA384" -> DigestAlgorithm.SHA384;
            case "SHA512" -> DigestAlgorithm.SHA512;
            case "SHA1" -> throw new IllegalArgumentException("VNSign does not sign SHA-1 digests: SHA-1 is broken");
            default -> throw new IllegalArgumentException("unknown HashAlg: " + name);
        };
    }

    static byte[] base64(String text, String field) {
        try {
            // Line breaks are allowed (MIME style); any other character outside base64 is refused.
            return Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not base64");
        }
    }

    private static byte[] digest(DigestAlgorithm algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm.jcaName()).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String message) {
        try {
            return JSON.readTree(message);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
