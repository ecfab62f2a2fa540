/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * An RFC 3161 time-stamping authority: its URL, HTTP basic credentials when it wants them, and the
 * policy to ask for (the server's default when empty).
 */
public record TimestampServer(URI url, Optional<String> user, Optional<String> password, Optional<String> policy) {
    public TimestampServer {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("a time-stamping server needs an http or https URL: " + url);
        }
    }

    public static TimestampServer of(String url) {
        return new TimestampServer(URI.create(url.trim()), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public TimestampServer withCredentials(String userName, String secret) {
        return new TimestampServer(url, Optional.of(userName), Optional.of(secret), policy);
    }

    public TimestampServer withPolicy(String oid) {
        return new TimestampServer(url, user, password, Optional.of(oid));
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
