/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.List;

/**
 * A kind of key source: PKCS#11 modules, PKCS#12 files, the Windows certificate store. Found with
 * {@link java.util.ServiceLoader}; see {@link TokenProviders}.
 *
 * <p>Implementations never show UI and never ask for a PIN themselves: PINs come through the {@link
 * PinCallback} given to {@link Token#login}.
 */
public interface TokenProvider {
    /** Short stable name used in {@link TokenDescriptor#kind()}: {@code pkcs11}, {@code pkcs12}, {@code mscapi}. */
    String kind();

    /** Probes every source of this kind that {@code options} names. Never throws: failures are states. */
    List<SourceReport> discover(DiscoveryOptions options);

    /** Opens a session to a token found by {@link #discover}. */
    Token open(TokenDescriptor token) throws TokenException;
}
