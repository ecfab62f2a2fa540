/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.services;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * A QLVB document server on 127.0.0.1 for the upload tests: a VGCA-style FileUploadHandler (the
 * signed file in the multipart part {@code uploadfile}, answered by {@code {Status, Message,
 * FileName, FileServer}} with a boolean Status) that stores each upload once per idempotency key,
 * and can be told to fail the way real servers do.
 */
public final class QlvbServer implements AutoCloseable {
    /** How the next requests fail, until set back to {@link #NONE}. */
    public enum Fault {
        NONE,
        HTTP_500,
        MALFORMED_JSON,
        STATUS_FALSE,
        STATUS_AS_INTEGER,
        DROP_CONNECTION,
        SLOW,
        /** Stores the file after two seconds, then answers: a slow but working server. */
        SLOW_ACCEPT,
        /** Stores the file, then drops the connection: the answer is lost, the upload arrived. */
        STORE_THEN_DROP
    }

    /** A file the server accepted. */
    /**
     * An uploaded file as the upload handler saw it.
     *
     * @param token the upload address's query string
     * @param cookie the {@code Cookie} header, empty when none
     * @param authorization the {@code Authorization} header, empty when none
     * @param fields the multipart body's text fields (VGCA's MetaData), in their order
     */
    public record Received(
            String fileName,
            byte[] content,
            String token,
            String cookie,
            String authorization,
            Map<String, String> fields) {}

    /** A document download: the path asked for and the credentials it carried (empty when none). */
    public record Download(String path, String cookie, String authorization) {}

    private final List<Download> downloads = new ArrayList<>();

    /** The bearer token the REST contract ({@code docs/qlvb-api.yaml}) accepts. */
    public static final String API_TOKEN = "qlvb-test-token";

    /** A document waiting for the user on the REST contract. */
    public record Waiting(String id, String title, String action, String fileName, byte[] content) {}

    /** A signed result returned on the REST contract. */
    public record Returned(
            String documentId, String action, String signerFingerprint, String signingTime, byte[] content) {}

    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final Map<String, Returned> returnedByKey = new LinkedHashMap<>();

    private final HttpServer server;
    private final String scheme;
    private final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);
    private final Map<String, Received> byKey = new LinkedHashMap<>();
    private final List<String> attempts = new ArrayList<>();

    public QlvbServer() throws IOException {
        this(null);
    }

    /**
     * @param tls the server's TLS identity (an agency's internal CA, say), or null for plain HTTP
     */
    public QlvbServer(SSLContext tls) throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(loopback, 16);
            scheme = "http";
        } else {
            HttpsServer https = HttpsServer.create(loopback, 16);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
            scheme = "https";
        }
        server.createContext("/vgca/FileUploadHandler", this::upload);
        server.createContext("/api/vnsign/v1/documents", this::api);
        server.createContext("/vgca/files/", this::file);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The upload address, with a per-document token in the query string as integrators do. */
    public URI uploadUrl(String documentToken) {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/vgca/FileUploadHandler?token="
                + documentToken);
    }

    /**
     * Where a VGCA-style page tells the signing helper to download a waiting document from (its
     * {@code FileName}), with a per-document token in the query string as integrators do.
     */
    public URI documentUrl(String id) {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/vgca/files/" + id
                + ".pdf?token=doc-" + id);
    }

    /** Every document download so far, in order. */
    public synchronized List<Download> downloads() {
        return List.copyOf(downloads);
    }

    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            synchronized (this) {
                downloads.add(new Download(
                        exchange.getRequestURI().getPath(),
                        header(exchange, "Cookie"),
                        header(exchange, "Authorization")));
            }
            String id = exchange.getRequestURI()
                    .getPath()
                    .replaceFirst("^/vgca/files/", "")
                    .replaceFirst("\\.pdf$", "");
            sendDocument(exchange, id);
        }
    }

    /** A waiting document's PDF, or 404. */
    private void sendDocument(HttpExchange exchange, String id) throws IOException {
        Waiting document = waitingDocument(id);
        if (document == null) {
            respond(exchange, 404, "{\"message\":\"Không có văn bản này\"}");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/pdf");
        exchange.sendResponseHeaders(200, document.content().length);
        exchange.getResponseBody().write(document.content());
    }

    /** The REST contract's root. */
    public URI apiUrl() {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/api/vnsign/v1");
    }

    /** Puts a document in the user's list. */
    public synchronized void offer(Waiting document) {
        waiting.put(document.id(), document);
    }

    /** Results returned on the REST contract, one per idempotency key. */
    public synchronized List<Returned> returned() {
        return List.copyOf(returnedByKey.values());
    }

    /** How the next requests fail: the VGCA handler and the REST contract's upload of a result. */
    public void fail(Fault how) {
        fault.set(how);
    }

    /** Files stored, one per idempotency key, in arrival order. */
    public synchronized List<Received> received() {
        return List.copyOf(byKey.values());
    }

    /** Every request that reached the handler, by idempotency key (retries included). */
    public synchronized List<String> attempts() {
        return List.copyOf(attempts);
    }

    private void upload(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String key = String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            synchronized (this) {
                attempts.add(key);
            }
            Fault now = fault.get();
            switch (now) {
                case HTTP_500 -> respond(exchange, 500, "{\"Status\":false,\"Message\":\"Internal error\"}");
                case MALFORMED_JSON -> respond(exchange, 200, "<html>Đăng nhập lại</html>");
                case STATUS_FALSE -> respond(exchange, 200, "{\"Status\":false,\"Message\":\"Văn bản đã bị khóa\"}");
                case STATUS_AS_INTEGER -> respond(exchange, 200, "{\"Status\":0,\"Message\":\"\"}");
                case DROP_CONNECTION -> exchange.getResponseBody().close();
                case SLOW -> {
                    sleep();
                    respond(exchange, 200, "{\"Status\":true}");
                }
                case SLOW_ACCEPT -> {
                    pause(2_000);
                    accept(exchange, body, key);
                }
                case STORE_THEN_DROP -> {
                    store(exchange, body, key);
                    exchange.getResponseBody().close();
                }
                case NONE -> accept(exchange, body, key);
            }
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!("Bearer " + API_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, "{\"message\":\"Phiên đăng nhập đã hết hạn\"}");
                return;
            }
            String[] path = exchange.getRequestURI()
                    .getPath()
                    .replaceFirst("^/api/vnsign/v1/documents/?", "")
                    .split("/");
            String method = exchange.getRequestMethod();
            if (path.length == 1 && path[0].isEmpty() && method.equals("GET")) {
                respond(exchange, 200, list());
            } else if (path.length == 2 && path[1].equals("file") && method.equals("GET")) {
                sendDocument(exchange, path[0]);
            } else if (path.length == 2 && path[1].equals("signed") && method.equals("POST")) {
                synchronized (this) {
                    attempts.add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
                }
                switch (fault.get()) {
                    case HTTP_500 -> respond(exchange, 500, "{\"message\":\"Internal error\"}");
                    case MALFORMED_JSON -> respond(exchange, 200, "<html>Đăng nhập lại</html>");
                    case DROP_CONNECTION -> exchange.getResponseBody().close();
                    case SLOW -> {
                        sleep();
                        signed(exchange, path[0], body);
                    }
                    default -> signed(exchange, path[0], body);
                }
            } else {
                respond(exchange, 404, "{\"message\":\"no such operation\"}");
            }
        }
    }

    private synchronized Waiting waitingDocument(String id) {
        return waiting.get(id);
    }

    private synchronized String list() {
        StringBuilder json = new StringBuilder("{\"documents\":[");
        String separator = "";
        for (Waiting document : waiting.values()) {
            json.append(separator)
                    .append("{\"id\":\"")
                    .append(document.id())
                    .append("\",\"title\":\"")
                    .append(document.title())
                    .append("\",\"action\":\"")
                    .append(document.action())
                    .append("\",\"fileName\":\"")
                    .append(document.fileName())
                    .append("\"}");
            separator = ",";
        }
        return json.append("]}").toString();
    }

    private void signed(HttpExchange exchange, String id, byte[] body) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        FormPart file = FormPart.find(body, contentType, "file");
        FormPart action = FormPart.find(body, contentType, "action");
        FormPart fingerprint = FormPart.find(body, contentType, "signerFingerprint");
        FormPart time = FormPart.find(body, contentType, "signingTime");
        if (key == null || file == null || action == null || fingerprint == null || time == null) {
            respond(exchange, 400, "{\"message\":\"incomplete upload\"}");
            return;
        }
        int number;
        synchronized (this) {
            if (!returnedByKey.containsKey(key)) {
                if (waiting.remove(id) == null) {
                    respond(exchange, 409, "{\"message\":\"Văn bản không còn chờ ký\"}");
                    return;
                }
                returnedByKey.put(key, new Returned(id, text(action), text(fingerprint), text(time), file.content()));
            }
            number = new ArrayList<>(returnedByKey.keySet()).indexOf(key) + 1;
        }
        respond(exchange, 200, "{\"stored\":true,\"fileServer\":\"/signed/" + number + ".pdf\"}");
    }

    private static String text(FormPart part) {
        return new String(part.content(), StandardCharsets.UTF_8);
    }

    private void accept(HttpExchange exchange, byte[] body, String key) throws IOException {
        FormPart part = store(exchange, body, key);
        if (part == null) {
            respond(exchange, 200, "{\"Status\":false,\"Message\":\"no uploadfile part\"}");
            return;
        }
        int number;
        synchronized (this) {
            number = new ArrayList<>(byKey.keySet()).indexOf(key) + 1;
        }
        respond(
                exchange,
                200,
                "{\"Status\":true,\"Message\":\"Đã nhận\",\"FileName\":\"" + part.fileName()
                        + "\",\"FileServer\":\"/files/" + number + ".pdf\"}");
    }

    /** Keeps the uploaded file (once per idempotency key); null when the request has no file part. */
    private FormPart store(HttpExchange exchange, byte[] body, String key) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        FormPart part = FormPart.find(body, contentType, "uploadfile");
        if (part != null) {
            synchronized (this) {
                byKey.putIfAbsent(
                        key,
                        new Received(
                                part.fileName(),
                                part.content(),
                                exchange.getRequestURI().getQuery(),
                                header(exchange, "Cookie"),
                                header(exchange, "Authorization"),
                                FormPart.fields(body, contentType)));
            }
        }
        return part;
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
