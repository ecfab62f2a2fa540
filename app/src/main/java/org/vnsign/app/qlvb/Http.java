/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client both upload styles use: HTTP/1.1 (the JDK's default h2c upgrade attempt confuses
 * servers that speak only 1.1, common behind QLVB gateways), no redirects (an upload must reach the
 * address the document system gave), and a connect timeout.
 */
final class Http {
    private Http() {}

    static HttpClient client(Duration timeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
