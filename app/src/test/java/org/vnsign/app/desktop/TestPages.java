/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A web server on 127.0.0.1 for a QLVB page that includes VNSign's JavaScript bridge client. */
final class TestPages implements AutoCloseable {
    private final HttpServer server;

    TestPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        byte[] client = Files.readAllBytes(Path.of("../docs/bridge/vnsign-bridge.js"));
        byte[] page = "<!doctype html><meta charset=utf-8><title>QLVB</title><script src=/vnsign-bridge.js></script>"
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (exchange) {
                boolean script = exchange.getRequestURI().getPath().equals("/vnsign-bridge.js");
                byte[] body = script ? client : page;
                exchange.getResponseHeaders().set("Content-Type", script ? "text/javascript" : "text/html");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** The page's origin, e.g. {@code http://127.0.0.1:40123}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
