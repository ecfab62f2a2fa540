/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.net.URI;
import java.util.Locale;

/** Whether an address is of a web origin (RFC 6454: scheme, host and port), for the bridge's rules. */
final class Origins {
    private Origins() {}

    /** Whether {@code address} has the scheme, host and port of {@code origin} ("https://host[:port]"). */
    static boolean same(String origin, URI address) {
        try {
            URI page = URI.create(origin);
            return lower(page.getScheme()).equals(lower(address.getScheme()))
                    && lower(page.getHost()).equals(lower(address.getHost()))
                    && port(page) == port(address);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** The origin of {@code address}, as a page's Origin header would name it. */
    static String of(URI address) {
        return address.getScheme() + "://" + address.getRawAuthority();
    }

    /** The address's port, or its scheme's default. */
    static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
