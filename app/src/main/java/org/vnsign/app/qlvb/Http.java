/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;

/**
 * The HTTP client both upload styles use: HTTP/1.1 (the JDK's default h2c upgrade attempt confuses
 * servers that speak only 1.1, common behind QLVB gateways), no redirects (an upload must reach the
 * address the document system gave), a connect timeout, and the runtime's CAs plus the
 * administrator's extra CA, if any ({@link ServerTrust}).
 */
public final class Http {
    private Http() {}

    /**
     * @param extraCa a CA file trusted beside the runtime's, for servers with an internal certificate
     * @throws IOException when the extra CA file cannot be used
     */
    public static HttpClient client(Duration timeout, Optional<Path> extraCa) throws IOException {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (extraCa.isPresent()) {
            builder.sslContext(ServerTrust.withExtraCa(extraCa.get()));
        }
        return builder.build();
    }

    /** Why a request got no answer, in words a support person can act on. */
    /**
     * Whether the request surely never reached the server: the connection itself could not be
     * made (refused, unreachable, connect time-out, TLS handshake refused). Anything else may have
     * failed after the request was sent.
     */
    static boolean neverSent(IOException e) {
        return e instanceof java.net.ConnectException
                || e instanceof java.net.http.HttpConnectTimeoutException
                || e instanceof java.net.UnknownHostException
                || e instanceof java.net.NoRouteToHostException
                || e instanceof javax.net.ssl.SSLHandshakeException;
    }

    static String noAnswer(IOException e) {
        if (e instanceof SSLHandshakeException) {
            return "the server's TLS certificate is not trusted (is its CA set as the extra CA?): " + e.getMessage();
        }
        return e.getClass().getSimpleName() + " " + (e.getMessage() == null ? "" : e.getMessage());
    }
}
