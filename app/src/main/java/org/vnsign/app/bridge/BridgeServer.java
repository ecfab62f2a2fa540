/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.inbox.Actions;
import org.vnsign.signer.SignatureKind;

/**
 * The bridge's HTTP+JSON server on 127.0.0.1 ({@code docs/bridge.md}). Every request must carry an
 * allowed Origin and a Host naming the bridge; anything else gets a bare 403 and no CORS header,
 * so a foreign page learns nothing. Chrome's private-network-access preflight is answered only for
 * allowed origins. Bodies are limited to {@link #MAX_BODY} bytes, each origin to {@link
 * #REQUESTS_PER_MINUTE} requests a minute; the desk takes one signing request at a time, whichever
 * bridge it came through, and a second one is answered 409 {@code BUSY}.
 */
public final class BridgeServer implements AutoCloseable {
    /** Requests are small JSON: documents are fetched by the app from their URL, never sent inline. */
    public static final int MAX_BODY = 16 * 1024;

    public static final int REQUESTS_PER_MINUTE = 30;

    /** How long a signing request waits for the user. */
    static final Duration DECISION_TIME = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(BridgeServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final OriginPolicy policy;
    private final SigningDesk desk;
    private final DocumentSources sources;
    private final String version;
    private final RateLimit rateLimit = new RateLimit(REQUESTS_PER_MINUTE, Duration.ofMinutes(1), Clock.systemUTC());

    private BridgeServer(
            HttpServer server,
            ExecutorService executor,
            OriginPolicy policy,
            DocumentSources sources,
            SigningDesk desk,
            String version) {
        this.server = server;
        this.executor = executor;
        this.policy = policy;
        this.sources = sources;
        this.desk = desk;
        this.version = version;
    }

    /**
     * Listens on 127.0.0.1 only.
     *
     * @param port the configured port, or 0 for any free one (tests)
     */
    public static BridgeServer start(
            int port, Collection<String> origins, DocumentSources sources, SigningDesk desk, String version)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
        int bound = server.getAddress().getPort();
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "vnsign-bridge");
            thread.setDaemon(true);
            return thread;
        });
        BridgeServer bridge =
                new BridgeServer(server, executor, new OriginPolicy(origins, bound), sources, desk, version);
        server.createContext("/", bridge::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("Bridge listening on 127.0.0.1:{} for {}", bound, bridge.policy.allowed());
        return bridge;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (!policy.allowsHost(host) || !policy.allowsOrigin(origin)) {
                LOG.info("Bridge refused a request from origin {} with Host {}", origin, host);
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            exchange.getResponseHeaders().set("Vary", "Origin");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                preflight(exchange);
                return;
            }
            if (!rateLimit.admit(origin)) {
                respond(exchange, 429, error("TOO_MANY_REQUESTS", "too many requests from this page"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/health") && method.equals("GET")) {
                ObjectNode health = JSON.createObjectNode();
                health.put("product", "VNSign");
                health.put("version", version);
                health.put("protocol", 1);
                respond(exchange, 200, health);
            } else if (path.equals("/v1/sign") && method.equals("POST")) {
                sign(exchange, origin);
            } else {
                respond(exchange, 404, error("NOT_FOUND", "no such operation"));
            }
        }
    }

    /** CORS and Chrome's private-network-access preflight, for an origin already found allowed. */
    private static void preflight(HttpExchange exchange) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Access-Control-Allow-Methods", "GET, POST");
        headers.set("Access-Control-Allow-Headers", "Content-Type");
        headers.set("Access-Control-Max-Age", "600");
        if ("true".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Access-Control-Request-Private-Network"))) {
            headers.set("Access-Control-Allow-Private-Network", "true");
        }
        exchange.sendResponseHeaders(204, -1);
    }

    private void sign(HttpExchange exchange, String origin) throws IOException {
        JsonNode body;
        try {
            body = readBody(exchange);
        } catch (BodyTooLarge e) {
            respond(exchange, 413, error("TOO_LARGE", "requests are limited to " + MAX_BODY + " bytes"));
            return;
        } catch (IOException e) {
            respond(exchange, 400, error("BAD_REQUEST", "the request is not JSON"));
            return;
        }
        BridgeRequest request;
        try {
            request = parse(origin, body);
            sources.check(origin, request.document());
        } catch (DocumentSources.Refused e) {
            LOG.info("Bridge refused document address {} from {}: {}", request(body), origin, e.getMessage());
            respond(exchange, 403, error("DOCUMENT_NOT_ALLOWED", e.getMessage()));
            return;
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, error("BAD_REQUEST", e.getMessage()));
            return;
        }
        BridgeOutcome outcome = await(desk.offer(request));
        if (outcome.status().equals(BridgeOutcome.BUSY)) {
            respond(exchange, 409, error("BUSY", outcome.message()));
        } else {
            respond(exchange, 200, JSON.valueToTree(outcome));
        }
    }

    private static String request(JsonNode body) {
        return body.path("document").path("url").asText("");
    }

    private static BridgeOutcome await(CompletableFuture<BridgeOutcome> decision) {
        try {
            return decision.get(DECISION_TIME.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            decision.cancel(false);
            return BridgeOutcome.failed("no answer from the user in time");
        } catch (ExecutionException e) {
            return BridgeOutcome.failed(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            decision.cancel(false);
            return BridgeOutcome.failed("VNSign is closing");
        }
    }

    /** A sign request: document URL, action, optional number, upload URL and token. */
    static BridgeRequest parse(String origin, JsonNode body) {
        URI document = webAddress(body.path("document").path("url").asText(""), "document.url");
        URI upload = webAddress(body.path("upload").path("url").asText(""), "upload.url");
        String actionName = body.path("action").asText("");
        SignatureKind action = Actions.signing(actionName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "action must be one of initial, approve, issue, annex, copy, incoming, comment: "
                                + actionName));
        return new BridgeRequest(
                origin,
                document,
                action,
                body.path("documentNumber").asText(""),
                upload,
                body.path("upload").path("token").asText(""),
                action == SignatureKind.ISSUE
                        ? VgcaRequests.issuedDate(body.path("issuedDate").asText(""))
                        : null);
    }

    /** An http(s) address: a page can never make VNSign read a local file. */
    static URI webAddress(String text, String field) {
        try {
            URI uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException(field + " must be an http or https address");
    }

    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && Long.parseLong(length.strip()) > MAX_BODY) {
            throw new BodyTooLarge();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new BodyTooLarge();
            }
            JsonNode json = JSON.readTree(bytes);
            if (json == null || !json.isObject()) {
                throw new IOException("not a JSON object");
            }
            return json;
        }
    }

    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("status", "error");
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
