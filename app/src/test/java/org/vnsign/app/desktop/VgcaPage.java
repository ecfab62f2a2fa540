/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.vnsign.app.bridge.LocalCertificate;
import org.vnsign.app.bridge.VgcaCompatServer;
import org.vnsign.testsupport.browser.Chromium;

/**
 * What the VGCA tests share: the {@link BridgeRig}, VNSign's VGCA mode on a free port with the local
 * certificate installed into the test user's NSS database, and a headless Chromium page on the
 * allowed origin that calls the mode the way {@code vgcaplugin.js} does.
 */
final class VgcaPage implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final BridgeRig rig;
    final VgcaCompatServer vgca;
    final Chromium chromium;

    VgcaPage(Path dir, String id, String action) throws Exception {
        rig = new BridgeRig(dir, id, action);
        LocalCertificate certificate = LocalCertificate.inFolder(dir.resolve("config"));
        Path home = Files.createDirectories(dir.resolve("user-home"));
        certificate.install("Linux", home);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        vgca = VgcaCompatServer.start(
                port,
                List.of(rig.allowedPages.origin()),
                BridgeRig.loopbackServer(),
                certificate.serverContext(),
                rig.model.bridge(),
                "test");
        chromium = rig.chromium(Map.of("HOME", home.toString()));
    }

    /** What a vgcaplugin.js-style page does: one WebSocket per call, one message each way. */
    String call(String function, String message) {
        return "new Promise((resolve, reject) => {"
                + " const socket = new WebSocket('wss://127.0.0.1:" + vgca.getPort() + "/" + function + "');"
                + " socket.onopen = () => socket.send(" + message + ");"
                + " socket.onmessage = event => resolve(event.data);"
                + " socket.onerror = () => reject(new Error('no connection'));"
                + "}).then(data => data, error => 'refused: ' + error.message)";
    }

    /** A page on the allowed origin. */
    Chromium.Page open() throws Exception {
        return chromium.open(URI.create(rig.allowedPages.origin() + "/"));
    }

    /** Calls {@code function} from {@code page} and waits for VNSign's answer. */
    JsonNode answer(Chromium.Page page, String function, String message) throws Exception {
        return JSON.readTree(page.evaluate(call(function, message)).asText());
    }

    /** Calls {@code function} from {@code page}; the answer comes when the user has decided. */
    CompletableFuture<JsonNode> ask(Chromium.Page page, String function, String message) {
        return page.evaluateAsync(call(function, message)).thenApply(reply -> {
            try {
                return JSON.readTree(reply.asText());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        vgca.close();
        rig.close();
    }
}
