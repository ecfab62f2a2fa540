/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.NetworkSettings;

/**
 * GET and POST over the JDK's HTTP client with the bounds of {@link NetworkSettings}: timeouts, a
 * bounded number of attempts (retrying only what may pass on a retry: connection failures, 5xx and
 * 429 answers), a capped wait on {@code Retry-After}, a size limit on answers, the proxy.
 */
public final class HttpFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
    /** No OCSP response, CRL, certificate or time-stamp a signer needs comes near this. */
    static final int MAX_BODY = 32 * 1024 * 1024;

    private final NetworkSettings settings;
    private HttpClient client;

    public HttpFetcher(NetworkSettings settings) {
        this.settings = settings;
    }

    /**
     * Built on first use: an HttpClient starts a selector thread, which a B-B signing (most of
     * them) never needs.
     */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .proxy(settings.proxy())
                    .build();
        }
        return client;
    }

    public NetworkSettings settings() {
        return settings;
    }

    public byte[] get(URI url) throws FetchException {
        return send(url, HttpRequest.newBuilder(url).GET(), Optional.empty());
    }

    /** POSTs {@code body}; {@code basicAuth} is {@code user:password} when the server wants it. */
    public byte[] post(URI url, String contentType, byte[] body, Optional<String> basicAuth) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(url, request, basicAuth);
    }

    private byte[] send(URI url, HttpRequest.Builder builder, Optional<String> basicAuth) throws FetchException {
        if (settings.offline()) {
            throw FetchException.offline(url);
        }
        builder.timeout(settings.requestTimeout()).header("User-Agent", "VNSign");
        basicAuth.ifPresent(credentials -> builder.header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        HttpRequest request = builder.build();
        FetchException last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    return limited(url, response.body());
                }
                last = new FetchException(url, "HTTP " + status);
                if (status != 429 && status < 500) {
                    throw last;
                }
                Duration wait = retryAfter(response).orElse(Duration.ofMillis(250L * attempt));
                if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                    throw new FetchException(url, "HTTP " + status + ", busy for " + wait.toSeconds() + " s");
                }
                if (attempt < settings.attempts()) {
                    sleep(wait);
                }
            } catch (HttpConnectTimeoutException e) {
                last = new FetchException(
                        url, "no connection within " + settings.connectTimeout().toSeconds() + " s", e);
            } catch (HttpTimeoutException e) {
                // A server too slow once is too slow again: retrying would only double the wait.
                throw new FetchException(
                        url, "no answer within " + settings.requestTimeout().toSeconds() + " s", e);
            } catch (IOException e) {
                last = new FetchException(url, "cannot connect (" + describe(e) + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(url, "interrupted", e);
            }
            LOG.debug("attempt {} of {} failed: {}", attempt, settings.attempts(), last.getMessage());
        }
        throw last;
    }

    private static byte[] limited(URI url, byte[] body) throws FetchException {
        if (body.length > MAX_BODY) {
            throw new FetchException(url, "answer larger than " + MAX_BODY + " bytes");
        }
        return body;
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong seconds = parseSeconds(header.get());
        return seconds.isPresent() ? Optional.of(Duration.ofSeconds(seconds.getAsLong())) : Optional.empty();
    }

    private static OptionalLong parseSeconds(String text) {
        try {
            return OptionalLong.of(Math.max(0, Long.parseLong(text.trim())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName().toLowerCase(Locale.ROOT)
                : message;
    }

    static void sleep(Duration duration) throws FetchException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(URI.create("about:wait"), "interrupted", e);
        }
    }
}
