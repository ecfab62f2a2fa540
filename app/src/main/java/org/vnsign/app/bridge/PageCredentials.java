/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.net.URI;

/**
 * What a VGCA page gives VNSign to act for it on its own server: {@code SessionId}, sent as the
 * {@code Cookie} header ("xác thực cookies"), and {@code JWTToken}, sent as a bearer token ("xác
 * thực jwt token"). VNSign has no browser session of its own; these are the page's, so they go
 * only where the page itself may send them: to the page's own origin and to the upload handler's
 * origin, never to another host that an administrator allowed documents from.
 *
 * <p>A {@code SessionId} holding {@code name=value} pairs is sent as it is; a bare value as {@code
 * SessionId=<value>} (which cookie name VGCA's own service uses is not public: vn-conventions 3.1.3).
 *
 * @param sessionId VGCA's {@code SessionId}; empty for none
 * @param bearer VGCA's {@code JWTToken}; empty for none
 */
public record PageCredentials(String sessionId, String bearer) {
    public PageCredentials {
        sessionId = checked(sessionId, "SessionId");
        bearer = checked(bearer, "JWTToken");
    }

    public static PageCredentials none() {
        return new PageCredentials("", "");
    }

    /** The {@code Cookie} header's value; empty when the page gave no session. */
    public String cookieHeader() {
        if (sessionId.isEmpty()) {
            return "";
        }
        return sessionId.contains("=") ? sessionId : "SessionId=" + sessionId;
    }

    /** The {@code Authorization} header's value; empty when the page gave no token. */
    public String authorizationHeader() {
        return bearer.isEmpty() ? "" : "Bearer " + bearer;
    }

    /** Whether these may be sent to {@code target}: the page's own origin or the upload handler's. */
    public static boolean mayGoTo(URI target, String pageOrigin, URI upload) {
        return Origins.same(pageOrigin, target) || (upload != null && Origins.same(Origins.of(upload), target));
    }

    /** A header value may hold no line break or other control character (header injection). */
    private static String checked(String value, String field) {
        String text = value == null ? "" : value.strip();
        if (text.length() > 8192) {
            throw new IllegalArgumentException(field + " is too long");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException(field + " holds a control character");
            }
        }
        return text;
    }
}
