/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bridge's configuration, set by the administrator in {@code bridge.json} in the user's config
 * folder (documented in {@code docs/bridge.md}), plus origins given at start with {@code
 * --allow-origin}. Without an allowed origin the bridge does not start: nothing listens.
 *
 * @param port on 127.0.0.1; never one of the ports other Vietnamese signing helpers use
 * @param allowedOrigins exact web origins, no wildcard
 * @param vgcaCompatibility also answer Ban Cơ yếu's VGCA Sign Service protocol on {@code
 *     wss://127.0.0.1:vgcaPort}, for QLVB pages written for it, where that helper is not installed
 * @param vgcaPort 8987 by default, VGCA's own
 * @param documentHosts hosts (or host:port) besides the page's own origin that documents may be
 *     downloaded from, including hosts on the office's private network
 * @param plainHttpHosts hosts documents may be downloaded from over plain http (tests, old servers)
 */
public record BridgeConfig(
        Integer port,
        List<String> allowedOrigins,
        Boolean vgcaCompatibility,
        Integer vgcaPort,
        List<String> documentHosts,
        List<String> plainHttpHosts) {
    /** VNSign's own port, clear of VGCA (8987), VNPT (4433), 8443 and Bkav/Viettel (14007). */
    public static final int DEFAULT_PORT = 27651;

    /** Ports other vendors' helpers listen on: VNSign never takes them. */
    public static final Set<Integer> TAKEN_BY_OTHERS = Set.of(8987, 4433, 8443, 14007);

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public BridgeConfig {
        port = port == null ? DEFAULT_PORT : port;
        if (TAKEN_BY_OTHERS.contains(port) || port < 1024 || port > 65535) {
            throw new IllegalArgumentException("the bridge cannot use port " + port
                    + " (other signing helpers use 8987, 4433, 8443 and 14007; below 1024 needs root)");
        }
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        vgcaCompatibility = vgcaCompatibility != null && vgcaCompatibility;
        vgcaPort = vgcaPort == null ? VgcaCompatServer.VGCA_PORT : vgcaPort;
        documentHosts = documentHosts == null ? List.of() : List.copyOf(documentHosts);
        plainHttpHosts = plainHttpHosts == null ? List.of() : List.copyOf(plainHttpHosts);
    }

    public BridgeConfig(Integer port, List<String> allowedOrigins, Boolean vgcaCompatibility, Integer vgcaPort) {
        this(port, allowedOrigins, vgcaCompatibility, vgcaPort, null, null);
    }

    public BridgeConfig(Integer port, List<String> allowedOrigins) {
        this(port, allowedOrigins, null, null);
    }

    /** Where pages may make VNSign download documents from. */
    public DocumentSources documentSources() {
        return new DocumentSources(documentHosts, plainHttpHosts);
    }

    /** {@code bridge.json} in {@code configFolder}, or the defaults (no origin) when there is none. */
    public static BridgeConfig read(Path configFolder) throws IOException {
        Path file = configFolder.resolve("bridge.json");
        if (!Files.exists(file)) {
            return new BridgeConfig(null, null);
        }
        return JSON.readValue(file.toFile(), BridgeConfig.class);
    }

    /** The same with {@code more} origins allowed (from {@code --allow-origin}). */
    public BridgeConfig withOrigins(List<String> more) {
        List<String> all = new ArrayList<>(allowedOrigins);
        all.addAll(more);
        return new BridgeConfig(port, all, vgcaCompatibility, vgcaPort, documentHosts, plainHttpHosts);
    }
}
