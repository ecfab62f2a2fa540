/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.services;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One part of a multipart/form-data body, as the test QLVB server reads uploads. */
record FormPart(String name, String fileName, byte[] content) {
    /** The part named {@code name}, or null. */
    static FormPart find(byte[] body, String contentType, String name) {
        return all(body, contentType).stream()
                .filter(part -> part.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** The text fields (parts without a file name), in their order. */
    static Map<String, String> fields(byte[] body, String contentType) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FormPart part : all(body, contentType)) {
            if (part.fileName() == null) {
                fields.put(part.name(), new String(part.content(), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** Every part, in order; empty when the body is not multipart. */
    private static List<FormPart> all(byte[] body, String contentType) {
        List<FormPart> parts = new ArrayList<>();
        if (contentType == null || !contentType.contains("boundary=")) {
            return parts;
        }
        byte[] boundary = ("--"
                        + contentType
                                .substring(contentType.indexOf("boundary=") + 9)
                                .trim())
                .getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, boundary, 0);
        while (start >= 0) {
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, boundary, headersEnd);
            if (headersEnd < 0 || next < 0) {
                break;
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            String name = headers.replaceAll("(?s).*; name=\"([^\"]*)\".*", "$1");
            String fileName =
                    headers.contains("filename=") ? headers.replaceAll("(?s).*filename=\"([^\"]*)\".*", "$1") : null;
            parts.add(new FormPart(name, fileName, Arrays.copyOfRange(body, headersEnd + 4, next - 2)));
            start = next;
        }
        return parts;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
