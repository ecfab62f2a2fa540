/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How VNSign reaches time-stamping, OCSP, CRL and CA-certificate servers. Every wait is bounded:
 * {@code connectTimeout} to open a connection, {@code requestTimeout} for a whole answer, at most
 * {@code attempts} tries per server (a "busy, retry after" answer waits at most
 * {@code maxRetryAfter}), and at least {@code minimumInterval} between two requests to one
 * time-stamping server, which is how a batch keeps within a server's rate limit. Revocation data
 * and CA certificates are cached in {@code cacheDirectory} until their nextUpdate.
 */
public record NetworkSettings(
        boolean offline,
        Duration connectTimeout,
        Duration requestTimeout,
        int attempts,
        Duration maxRetryAfter,
        Duration minimumInterval,
        ProxySelector proxy,
        Optional<Path> cacheDirectory) {

    public NetworkSettings {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** Ten seconds to connect, thirty for an answer, two attempts, the system's proxy, the user's cache. */
    public static NetworkSettings defaults() {
        return new NetworkSettings(
                false,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                2,
                Duration.ofSeconds(10),
                Duration.ofMillis(200),
                ProxySelector.getDefault(),
                Optional.of(userCacheDirectory()));
    }

    /** Refuses every request: for signing at B-B where the network must not be touched. */
    public NetworkSettings asOffline() {
        return new NetworkSettings(
                true, connectTimeout, requestTimeout, attempts, maxRetryAfter, minimumInterval, proxy, cacheDirectory);
    }

    public NetworkSettings withTimeout(Duration timeout) {
        return new NetworkSettings(
                offline, timeout, timeout, attempts, maxRetryAfter, minimumInterval, proxy, cacheDirectory);
    }

    /** The least time between two requests to one time-stamping server (0: no pacing). */
    public NetworkSettings withMinimumInterval(Duration interval) {
        return new NetworkSettings(
                offline, connectTimeout, requestTimeout, attempts, maxRetryAfter, interval, proxy, cacheDirectory);
    }

    public NetworkSettings withCacheDirectory(Optional<Path> directory) {
        return new NetworkSettings(
                offline, connectTimeout, requestTimeout, attempts, maxRetryAfter, minimumInterval, proxy, directory);
    }

    /**
     * The per-user cache: {@code %LOCALAPPDATA%\VNSign\cache} on Windows,
     * {@code ~/Library/Caches/VNSign} on macOS, {@code $XDG_CACHE_HOME/vnsign} (or
     * {@code ~/.cache/vnsign}) elsewhere.
     */
    public static Path userCacheDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("VNSign")
                    .resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("VNSign");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("vnsign");
    }
}
