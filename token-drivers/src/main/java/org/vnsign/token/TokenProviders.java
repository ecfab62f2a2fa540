/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/** All {@link TokenProvider}s on the module or class path, and dispatch by {@link TokenDescriptor#kind()}. */
public final class TokenProviders {
    private final List<TokenProvider> providers;

    public TokenProviders(List<TokenProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers registered through {@link ServiceLoader}. */
    public static TokenProviders installed() {
        return new TokenProviders(ServiceLoader.load(TokenProvider.class, TokenProvider.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
    }

    public List<TokenProvider> providers() {
        return providers;
    }

    /** Every source of every provider, in provider order. */
    public List<SourceReport> discover(DiscoveryOptions options) {
        return providers.stream().flatMap(p -> p.discover(options).stream()).toList();
    }

    /** Tokens present across all sources. */
    public static List<TokenDescriptor> tokensIn(List<SourceReport> reports) {
        return reports.stream().flatMap(r -> r.tokens().stream()).toList();
    }

    /** Opens a token with the provider of its kind. */
    public Token open(TokenDescriptor token) throws TokenException {
        for (TokenProvider provider : providers) {
            if (provider.kind().equals(token.kind())) {
                return provider.open(token);
            }
        }
        throw new TokenException(ErrorCode.PLATFORM_UNSUPPORTED, "no provider for token kind " + token.kind());
    }

    /**
     * Picks one token: the one matching {@code labelOrSerial}, or the only one present when it is
     * null.
     *
     * @throws TokenException {@link ErrorCode#TOKEN_NOT_PRESENT} when there is none, {@link
     *     ErrorCode#TOKEN_NOT_FOUND} when none matches or several match an unspecific request
     */
    public static TokenDescriptor select(List<SourceReport> reports, String labelOrSerial) throws TokenException {
        List<TokenDescriptor> present = tokensIn(reports);
        if (present.isEmpty()) {
            throw new TokenException(ErrorCode.TOKEN_NOT_PRESENT, "no token in " + reports.size() + " sources probed");
        }
        Stream<TokenDescriptor> candidates = present.stream();
        if (labelOrSerial != null) {
            candidates = candidates.filter(t -> t.matches(labelOrSerial));
        }
        List<TokenDescriptor> matching = candidates.toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String wanted = labelOrSerial == null ? "no label or serial given" : "'" + labelOrSerial + "'";
        throw new TokenException(
                ErrorCode.TOKEN_NOT_FOUND,
                matching.size() + " of " + present.size() + " tokens match " + wanted + ": "
                        + present.stream().map(TokenDescriptor::label).toList());
    }
}
