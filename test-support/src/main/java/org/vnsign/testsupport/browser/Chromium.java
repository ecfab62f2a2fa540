/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's Chromium, headless, with a fresh profile, driven through the Chrome DevTools Protocol
 * over a WebSocket (the JDK's client): open a page, evaluate JavaScript in it and wait for a promise.
 * The flags are those that work on machines without outside network (no background networking, no
 * component updates), as root (no sandbox).
 */
public final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Process process;
    private final Path profile;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private Chromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    /** Whether Chromium is installed (scripts/install-test-deps.sh installs it). */
    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    public static Chromium start() throws IOException, InterruptedException {
        return start(Map.of());
    }

    /**
     * @param environment added to Chromium's, e.g. {@code HOME} for a user whose NSS database
     *     ({@code ~/.pki/nssdb}) trusts a local certificate
     */
    public static Chromium start(Map<String, String> environment) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("vnsign-chromium-");
        ProcessBuilder builder = new ProcessBuilder(
                        BINARY.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + profile,
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(
                        profile.resolveSibling(profile.getFileName() + ".log").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        Path active = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.exists(active) || Files.readAllLines(active).isEmpty()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IOException("Chromium did not start its DevTools endpoint");
            }
            Thread.sleep(50);
        }
        return new Chromium(
                process,
                profile,
                Integer.parseInt(Files.readAllLines(active).get(0).strip()));
    }

    /** Opens {@code url} in a new tab. */
    public Page open(URI url) throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?" + url))
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode target = JSON.readTree(created.body());
        Page page = new Page(http, URI.create(target.get("webSocketDebuggerUrl").asText()));
        Instant deadline = Instant.now().plusSeconds(30);
        while (!page.evaluate("location.href !== 'about:blank' && document.readyState === 'complete'")
                .asBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("Chromium did not load " + url);
            }
            Thread.sleep(50);
        }
        return page;
    }

    @Override
    public void close() throws IOException {
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        try {
            process.waitFor();
            for (ProcessHandle helper : helpers) {
                helper.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            helpers.forEach(ProcessHandle::destroyForcibly);
        }
        try (var files = Files.walk(profile)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a file a helper process was still writing: the rest of the profile stays in the temp folder
        }
    }

    /** One tab. */
    public static final class Page {
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

        Page(HttpClient http, URI debugger) {
            this.socket = http.newWebSocketBuilder()
                    .buildAsync(debugger, new Listener())
                    .join();
        }

        /**
         * Evaluates {@code expression} in the page and waits for its value (a promise is awaited);
         * a thrown error or a rejected promise becomes an {@link IllegalStateException} with the
         * page's message.
         */
        public JsonNode evaluate(String expression) {
            return evaluateAsync(expression).join();
        }

        /** The same, without waiting: for a call that finishes only after the test acted elsewhere. */
        public CompletableFuture<JsonNode> evaluateAsync(String expression) {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            answers.put(id, answer);
            ObjectNode command = JSON.createObjectNode();
            command.put("id", id);
            command.put("method", "Runtime.evaluate");
            ObjectNode params = command.putObject("params");
            params.put("expression", expression);
            params.put("awaitPromise", true);
            params.put("returnByValue", true);
            socket.sendText(command.toString(), true);
            return answer.orTimeout(Duration.ofMinutes(2).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                    .thenApply(reply -> {
                        JsonNode result = reply.path("result");
                        if (result.has("exceptionDetails")) {
                            throw new IllegalStateException(result.path("exceptionDetails")
                                    .path("exception")
                                    .path("description")
                                    .asText(result.path("exceptionDetails").toString()));
                        }
                        return result.path("result").path("value");
                    });
        }

        private final class Listener implements WebSocket.Listener {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    try {
                        JsonNode message = JSON.readTree(text.toString());
                        CompletableFuture<JsonNode> answer =
                                answers.remove(message.path("id").asInt(-1));
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } catch (IOException e) {
                        answers.values().forEach(a -> a.completeExceptionally(e));
                    }
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }
    }
}
