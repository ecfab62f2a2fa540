/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivers each entry by its destination's convention (VGCA FileUploadHandler or VNSign's REST
 * contract), with one HTTP client per extra CA file, reused across attempts.
 */
public final class Uploaders implements Uploader {
    private final Duration timeout;
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    public Uploaders(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public UploadResult upload(Upload entry, Path file) {
        Destination destination = entry.destination();
        HttpClient client;
        try {
            client = client(destination.extraCaFile());
        } catch (IOException e) {
            return UploadResult.failed(e.getMessage());
        }
        if (Destination.VNSIGN.equals(destination.convention())) {
            return new VnsignUploader(client, timeout).upload(entry, file);
        }
        return new VgcaUploader(client, timeout).upload(entry, file);
    }

    /** The client for servers trusted through {@code extraCa} (or the runtime's CAs alone). */
    public HttpClient client(Optional<Path> extraCa) throws IOException {
        String key = extraCa.map(Path::toString).orElse("");
        HttpClient existing = clients.get(key);
        if (existing != null) {
            return existing;
        }
        HttpClient created = Http.client(timeout, extraCa);
        clients.put(key, created);
        return created;
    }

    public Duration timeout() {
        return timeout;
    }
}
