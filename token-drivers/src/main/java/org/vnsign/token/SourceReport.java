/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.List;
import java.util.Optional;

/**
 * The result of probing one key source: a PKCS#11 module path, a PKCS#12 file or the Windows
 * certificate store.
 *
 * @param kind the provider's {@link TokenProvider#kind()}
 * @param location module path, file path or store name
 * @param vendor who ships this driver, from the built-in table; empty for user-configured modules
 * @param state what was found
 * @param detail technical reason for the state (loader message, PKCS#11 code), empty when all is well
 * @param libraryDescription the module's own description from C_GetInfo, when it loaded
 * @param tokens tokens present, empty unless {@code state == TOKEN_PRESENT}
 */
public record SourceReport(
        String kind,
        String location,
        String vendor,
        SourceState state,
        String detail,
        Optional<String> libraryDescription,
        List<TokenDescriptor> tokens) {
    public SourceReport {
        tokens = List.copyOf(tokens);
    }
}
