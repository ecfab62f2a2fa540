/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.mscapi;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.OperatingSystem;
import org.vnsign.token.SourceReport;
import org.vnsign.token.SourceState;
import org.vnsign.token.Token;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenException;
import org.vnsign.token.TokenProvider;
import org.vnsign.token.keystore.KeyStoreToken;

/**
 * The Windows certificate store of the current user ({@code Windows-MY} through SunMSCAPI). Ban Cơ
 * yếu's own tools sign through it, and some vendors ship only a CSP/KSP. The token's middleware
 * asks for the PIN in its own dialog, so VNSign never sees it. Reported only on Windows.
 *
 * <p>Signing a precomputed digest is possible there for RSA PKCS#1 v1.5 through SunMSCAPI's own
 * contract ({@code NONEwithRSA} takes the bare hash; see {@code JcaDigestSigner}); PSS and ECDSA over
 * a digest are refused with {@link ErrorCode#MECHANISM_UNSUPPORTED}. The store is reported as
 * present only when it holds a certificate with a private key.
 */
public final class MscapiTokenProvider implements TokenProvider {
    public static final String KIND = "mscapi";
    static final String STORE = "Windows-MY";

    private final OperatingSystem os;
    private final KeyStoreToken.KeyStoreLoader store;

    public MscapiTokenProvider() {
        this(OperatingSystem.current());
    }

    MscapiTokenProvider(OperatingSystem os) {
        this(os, password -> load());
    }

    /** For tests: another store in place of {@code Windows-MY}. */
    MscapiTokenProvider(OperatingSystem os, KeyStoreToken.KeyStoreLoader store) {
        this.os = os;
        this.store = store;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<SourceReport> discover(DiscoveryOptions options) {
        if (os != OperatingSystem.WINDOWS) {
            return List.of();
        }
        int withKeys;
        try {
            withKeys = signingEntries(store.load(null));
        } catch (TokenException | GeneralSecurityException e) {
            return List.of(new SourceReport(
                    KIND, STORE, "Microsoft", SourceState.LOAD_FAILED, e.getMessage(), Optional.empty(), List.of()));
        }
        if (withKeys == 0) {
            return List.of(new SourceReport(
                    KIND,
                    STORE,
                    "Microsoft",
                    SourceState.NO_TOKEN,
                    "no certificate with a private key in the Windows store",
                    Optional.of("Windows certificate store"),
                    List.of()));
        }
        return List.of(new SourceReport(
                KIND,
                STORE,
                "Microsoft",
                SourceState.TOKEN_PRESENT,
                "",
                Optional.of("Windows certificate store"),
                List.of(descriptor())));
    }

    static TokenDescriptor descriptor() {
        return new TokenDescriptor(KIND, STORE, 0, "Windows", "Microsoft", "CryptoAPI", STORE, Set.of(), false, false);
    }

    @Override
    public Token open(TokenDescriptor token) throws TokenException {
        if (os != OperatingSystem.WINDOWS) {
            throw new TokenException(
                    ErrorCode.PLATFORM_UNSUPPORTED, "the Windows certificate store exists only on Windows");
        }
        return new KeyStoreToken(token, store);
    }

    /** Entries with a private key and a certificate: the ones that can sign. */
    private static int signingEntries(KeyStore keys) throws GeneralSecurityException {
        int count = 0;
        for (String alias : java.util.Collections.list(keys.aliases())) {
            if (keys.isKeyEntry(alias) && keys.getCertificate(alias) != null) {
                count++;
            }
        }
        return count;
    }

    private static KeyStore load() throws TokenException {
        try {
            KeyStore store = KeyStore.getInstance(STORE);
            store.load(null, null);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new TokenException(ErrorCode.KEYSTORE_UNREADABLE, STORE + ": " + e.getMessage(), e);
        }
    }
}
