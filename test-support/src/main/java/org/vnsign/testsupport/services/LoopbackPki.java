/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.services;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.vnsign.testsupport.pki.TestPki;

/**
 * The test PKI with its services running on 127.0.0.1, one per JVM: CA certificates and CRLs over
 * HTTP, OpenSSL's OCSP responder (reached through {@code /ocsp}, the URL the certificates carry),
 * and an RFC 3161 time-stamping authority at {@link #timestampUrl()} with misbehaving twins for the
 * failure tests ({@link Tsa}).
 */
public final class LoopbackPki {
    /** How a time-stamping endpoint behaves. */
    public enum Tsa {
        /** Answers correctly. */
        GOOD("/tsa"),
        /** Answers after {@link #SLOW_DELAY}: longer than any client timeout the tests set. */
        SLOW("/tsa/slow"),
        /** Answers 200 with bytes that are not a time-stamp response. */
        GARBAGE("/tsa/garbage"),
        /** Answers a well-formed, signed response to a request with another nonce. */
        WRONG_NONCE("/tsa/wrong-nonce"),
        /** Answers "429 Too Many Requests, Retry-After: 1" to every other request, correctly otherwise. */
        RATE_LIMITED("/tsa/rate-limited"),
        /** Answers correctly, but with a time {@link #BACKDATE} ago: proof that a signature existed then. */
        BACKDATED("/tsa/backdated");

        private final String path;

        Tsa(String path) {
            this.path = path;
        }
    }

    /** How far in the past the back-dated endpoint stamps: inside every test certificate's validity. */
    public static final Duration BACKDATE = Duration.ofDays(10);

    /** How long the slow time-stamping endpoint waits before it answers. */
    public static final Duration SLOW_DELAY = Duration.ofSeconds(20);

    private static LoopbackPki shared;

    private final TestPki pki;
    private final HttpServer server;
    private final OcspResponder ocsp;
    private final TimestampAuthority tsa;
    private final HttpClient forwarder = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger rateLimited = new AtomicInteger();

    private LoopbackPki(Path directory) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        ExecutorService executor = Executors.newFixedThreadPool(6, runnable -> {
            Thread thread = new Thread(runnable, "loopback-pki");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        pki = TestPki.generate(Optional.of(new TestPki.ServiceUrls(base, base + "/ocsp")));
        ocsp = OcspResponder.start(pki, directory.resolve("ocsp"));
        tsa = new TimestampAuthority(pki.timestampAuthority());
        serve("/certs/ca.crt", encoded(pki.issuingCa()));
        serve("/certs/root.crt", encoded(pki.root()));
        serve("/crl/ca.crl", encoded(pki.crl()));
        serve("/crl/root.crl", encoded(pki.rootCrl()));
        server.createContext("/ocsp", this::forwardToOpenssl);
        server.createContext("/tsa", this::stamp);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /** Starts the services on first call in this JVM. */
    public static synchronized LoopbackPki shared() {
        if (shared == null) {
            try {
                shared = new LoopbackPki(Files.createTempDirectory("vnsign-loopback-pki"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public TestPki pki() {
        return pki;
    }

    public URI timestampUrl() {
        return timestampUrl(Tsa.GOOD);
    }

    public URI timestampUrl(Tsa behaviour) {
        return URI.create(base() + behaviour.path);
    }

    /** A loopback URL on which nothing listens: a server that is down. */
    public static URI closedUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/tsa");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many requests a path (such as {@code /ocsp} or {@code /crl/ca.crl}) has had. */
    public int requestCount(String path) {
        return requests.computeIfAbsent(path, key -> new AtomicInteger()).get();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(String path, byte[] body) {
        server.createContext(path, exchange -> {
            count(exchange);
            answer(exchange, 200, "application/octet-stream", body);
        });
    }

    /** Forwards POST requests and GET requests ({@code /ocsp/<base64 request>}, as NSS sends them). */
    private void forwardToOpenssl(HttpExchange exchange) throws IOException {
        count(exchange);
        String rest = exchange.getRequestURI().getRawPath().substring("/ocsp".length());
        URI target = URI.create("http://127.0.0.1:" + ocsp.port() + (rest.isEmpty() ? "/" : rest));
        try (InputStream in = exchange.getRequestBody()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10));
            if ("GET".equals(exchange.getRequestMethod())) {
                request.GET();
            } else {
                request.header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes()));
            }
            HttpResponse<byte[]> response = forwarder.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer(exchange, response.statusCode(), "application/ocsp-response", response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 503, "text/plain", new byte[0]);
        }
    }

    private void stamp(HttpExchange exchange) throws IOException {
        count(exchange);
        String path = exchange.getRequestURI().getPath();
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes();
        }
        if (path.equals(Tsa.SLOW.path)) {
            pause(SLOW_DELAY);
        }
        if (path.equals(Tsa.GARBAGE.path)) {
            answer(exchange, 200, "application/timestamp-reply", "<html>maintenance</html>".getBytes());
            return;
        }
        if (path.equals(Tsa.RATE_LIMITED.path) && rateLimited.getAndIncrement() % 2 == 0) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            answer(exchange, 429, "text/plain", new byte[0]);
            return;
        }
        Date now = new Date();
        byte[] stamped;
        if (path.equals(Tsa.WRONG_NONCE.path)) {
            stamped = tsa.respond(TimestampAuthority.withOtherNonce(request), now);
        } else if (path.equals(Tsa.BACKDATED.path)) {
            stamped = tsa.respond(request, Date.from(now.toInstant().minus(BACKDATE)));
        } else {
            stamped = tsa.respond(request, now);
        }
        answer(exchange, 200, "application/timestamp-reply", stamped);
    }

    private void count(HttpExchange exchange) {
        requests.computeIfAbsent(exchange.getHttpContext().getPath(), key -> new AtomicInteger())
                .incrementAndGet();
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] encoded(Object object) {
        try {
            return object instanceof X509CRL crl ? crl.getEncoded() : ((X509Certificate) object).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        server.stop(0);
        ocsp.close();
    }
}
