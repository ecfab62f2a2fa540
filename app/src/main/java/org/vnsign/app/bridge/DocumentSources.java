/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses a web page may make VNSign download a document from. A script on an allowed page
 * must not turn VNSign into a port scanner or a proxy into the office network: the document must
 * come over https from the page's own origin or from a host the administrator listed in {@code
 * bridge.json} ({@code documentHosts}); plain http only from a host listed in {@code
 * plainHttpHosts}; and never from a loopback, private, link-local or other non-public address
 * unless the administrator listed that exact host. Checked before any connection is made.
 *
 * <p>Limitation, stated plainly: the name is resolved here and again by the HTTP client, so a DNS
 * server that answers differently the second time (rebinding) is not caught; redirects are never
 * followed, so a public host cannot bounce the download elsewhere.
 */
public final class DocumentSources {
    private final Set<String> documentHosts;
    private final Set<String> plainHttpHosts;

    public DocumentSources(List<String> documentHosts, List<String> plainHttpHosts) {
        this.documentHosts = lower(documentHosts);
        this.plainHttpHosts = lower(plainHttpHosts);
    }

    /** Only the page's own origin, over https, on a public address: what a page gets without configuration. */
    public static DocumentSources pageOriginOnly() {
        return new DocumentSources(List.of(), List.of());
    }

    /** A document address the page at {@code origin} names is refused. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Returns {@code document} when the page at {@code origin} may make VNSign fetch it.
     *
     * @throws Refused naming the rule it breaks, for the page and the log
     */
    public URI check(String origin, URI document) {
        String scheme = Origins.lower(document.getScheme());
        String host = Origins.lower(document.getHost());
        if (host.isEmpty()) {
            throw new Refused("the document address has no host");
        }
        boolean listed = documentHosts.contains(host) || documentHosts.contains(hostAndPort(document));
        boolean plainAllowed = plainHttpHosts.contains(host) || plainHttpHosts.contains(hostAndPort(document));
        if (!scheme.equals("https") && !(scheme.equals("http") && plainAllowed)) {
            throw new Refused("the document must be fetched over https");
        }
        if (!listed && !plainAllowed && !Origins.same(origin, document)) {
            throw new Refused("the document must come from the page's own site or a host the administrator allowed");
        }
        if (!listed && !plainAllowed && !publicAddress(host)) {
            throw new Refused("the document's host is on a local or private network the administrator did not allow");
        }
        return document;
    }

    /** Whether every address the name resolves to is a public one; an unknown name is not. */
    static boolean publicAddress(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return false;
            }
        }
        return addresses.length > 0;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xFE) == 0xFC;
            boolean mappedOrCompatible =
                    isZero(bytes, 0, 10) && (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF;
            if (mappedOrCompatible) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        boolean carrierGradeNat = first == 100 && second >= 64 && second <= 127;
        boolean thisNetwork = first == 0;
        boolean reserved = first >= 240;
        return !carrierGradeNat && !thisNetwork && !reserved;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String hostAndPort(URI uri) {
        return Origins.lower(uri.getHost()) + ":" + Origins.port(uri);
    }

    private static Set<String> lower(List<String> hosts) {
        return hosts == null
                ? Set.of()
                : hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
