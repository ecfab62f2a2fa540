/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The QLVB server the desktop inbox lists documents from and returns signed results to, on
 * VNSign's REST contract ({@code docs/qlvb-api.yaml}).
 *
 * @param apiUrl the contract's root, e.g. {@code https://qlvb.tinh.gov.vn/api/vnsign/v1}; empty for none
 * @param token the user's bearer token, as the QLVB administrator issued it
 * @param extraCa a CA file trusted for this server beside Java's own (agencies' internal CAs); empty for none
 */
public record DocumentServer(String apiUrl, String token, String extraCa) {
    public DocumentServer {
        apiUrl = apiUrl == null ? "" : apiUrl.strip();
        token = token == null ? "" : token.strip();
        extraCa = extraCa == null ? "" : extraCa.strip();
    }

    public static DocumentServer none() {
        return new DocumentServer("", "", "");
    }

    public boolean configured() {
        return !apiUrl.isEmpty();
    }

    public Optional<Path> extraCaFile() {
        return extraCa.isEmpty() ? Optional.empty() : Optional.of(Path.of(extraCa));
    }
}
