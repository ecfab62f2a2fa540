/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vnsign.signer.SignatureKind;

/**
 * A VGCA document function's message as VNSign reads it (vn-conventions 3.1.3): the document and
 * upload addresses, the number and the issue date, what the page sends for its server (SessionId,
 * JWTToken, MetaData). Anything malformed is an {@link IllegalArgumentException} naming the field.
 */
final class VgcaRequests {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private VgcaRequests() {}

    /** A VGCA document function's message: the document and upload addresses, the number, the token. */
    static BridgeRequest parse(String origin, SignatureKind action, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the message is not a JSON object");
        }
        String fileName = body.path("FileName").asText("");
        // An empty FileName asks the user to pick the document on this computer: a page never names a local path.
        URI document = fileName.isBlank() ? null : BridgeServer.webAddress(fileName, "FileName");
        URI upload = BridgeServer.webAddress(body.path("FileUploadHandler").asText(""), "FileUploadHandler");
        PageCredentials credentials = credentials(body);
        return new BridgeRequest(
                origin,
                document,
                action,
                body.path("DocNumber").asText(""),
                upload,
                credentials.bearer(),
                action == SignatureKind.ISSUE
                        ? issuedDate(body.path("IssuedDate").asText(""))
                        : null,
                credentials,
                metaData(body.path("MetaData")));
    }

    /** VGCA's {@code SessionId} and {@code JWTToken}, for the page's own server. */
    static PageCredentials credentials(JsonNode body) {
        return new PageCredentials(
                body.path("SessionId").asText(""), body.path("JWTToken").asText(""));
    }

    /** At most this many MetaData pairs are forwarded. */
    static final int MAX_META_DATA = 64;

    /**
     * VGCA's {@code MetaData}, {@code [{"Key": …, "Value": …}]}, as form fields for the upload
     * handler. A key that could break out of its multipart header (quotes, control characters) is
     * refused rather than cleaned, so the server never receives a field it did not ask for.
     */
    static Map<String, String> metaData(JsonNode list) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (list == null || list.isMissingNode() || list.isNull()) {
            return fields;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("MetaData is not a list of {Key, Value}");
        }
        if (list.size() > MAX_META_DATA) {
            throw new IllegalArgumentException("MetaData has more than " + MAX_META_DATA + " pairs");
        }
        for (JsonNode pair : list) {
            String key = pair.path("Key").asText("");
            if (key.isBlank()) {
                continue;
            }
            if (!key.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != '"' && c != '\\')) {
                throw new IllegalArgumentException("a MetaData key holds a character a form field name cannot");
            }
            JsonNode value = pair.path("Value");
            fields.put(key, value.isValueNode() ? value.asText("") : value.toString());
        }
        return fields;
    }

    /**
     * VGCA's {@code IssuedDate} as integrators send it: {@code new Date()} through JSON.stringify,
     * an ISO 8601 instant in UTC ({@code 2026-12-06T17:30:00.000Z}), or a plain {@code 2026-12-07}.
     * The day printed is Vietnam's day of that instant (UTC+7), not UTC's.
     */
    static LocalDate issuedDate(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
            return OffsetDateTime.parse(value).atZoneSameInstant(VIETNAM).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("IssuedDate is not a date: " + value);
        }
    }
}
