/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may talk to the bridge: the web origins the administrator allowed, matched exactly
 * (scheme, host and port; never a wildcard), and only through a Host header naming the bridge
 * itself on the loopback interface, which defeats DNS rebinding (a page on an allowed-looking name
 * that resolves to 127.0.0.1 still sends its own name as Host).
 */
public final class OriginPolicy {
    private final Set<String> allowed;
    private final int port;

    /** @param origins e.g. {@code https://qlvb.tinh.gov.vn}; a malformed or wildcard entry is refused */
    public OriginPolicy(Collection<String> origins, int port) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String origin : origins) {
            normalised.add(normalise(origin)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "not a web origin (scheme://host[:port], no path, no wildcard): " + origin)));
        }
        this.allowed = Set.copyOf(normalised);
        this.port = port;
    }

    public Set<String> allowed() {
        return allowed;
    }

    /** Whether {@code origin} (the request's Origin header, maybe absent) is allowed. */
    public boolean allowsOrigin(String origin) {
        return origin != null && normalise(origin).map(allowed::contains).orElse(false);
    }

    /** Whether the Host header names this bridge: 127.0.0.1 or localhost, on its port. */
    public boolean allowsHost(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("127.0.0.1:" + port) || lower.equals("localhost:" + port);
    }

    /** {@code scheme://host[:port]} in lower case with the default port left out, or empty. */
    static Optional<String> normalise(String origin) {
        if (origin == null || origin.contains("*")) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(origin.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getPath() == null || uri.getPath().isEmpty())
                    && uri.getQuery() == null
                    && uri.getFragment() == null
                    && uri.getUserInfo() == null;
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
                return Optional.empty();
            }
            int defaultPort = scheme.equals("https") ? 443 : 80;
            String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
