/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.tokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.SourceReport;
import org.vnsign.token.Token;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenEvent;
import org.vnsign.token.TokenException;
import org.vnsign.token.TokenProviders;
import org.vnsign.token.TokenWatcher;
import org.vnsign.token.pkcs12.Pkcs12TokenProvider;

/**
 * The app's access to tokens: discovery of every source (plus the demo token's file), a watcher
 * for insert and remove, and one open session per token, kept for the whole batch so the PIN is
 * asked once. Thread-safe; sessions are closed when their token disappears or the app ends.
 */
public final class TokenService implements AutoCloseable {
    static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    private final TokenProviders providers;
    private final Supplier<DiscoveryOptions> options;
    private final Supplier<Optional<Path>> demoKeyStore;
    private final Map<String, Token> sessions = new HashMap<>();
    private final AtomicReference<List<SourceReport>> latest = new AtomicReference<>(List.of());
    private TokenWatcher watcher;

    /**
     * @param options what to probe, read at every probe (the user may add a module in the settings)
     * @param demoKeyStore the demo token's PKCS#12 file, listed after the real sources; asked at
     *     the first probe (in the background), so preparing it never delays the window
     */
    public TokenService(
            TokenProviders providers, Supplier<DiscoveryOptions> options, Supplier<Optional<Path>> demoKeyStore) {
        this.providers = providers;
        this.options = options;
        this.demoKeyStore = demoKeyStore;
    }

    /** Probes every source now: installed PKCS#11 modules, the Windows store, the demo file. */
    public List<SourceReport> discover() {
        List<SourceReport> reports = new ArrayList<>(providers.discover(options.get()));
        demoKeyStore
                .get()
                .ifPresent(file -> reports.addAll(new Pkcs12TokenProvider()
                        .discover(DiscoveryOptions.onlyModules(List.of()).withPkcs12Files(List.of(file)))));
        latest.set(List.copyOf(reports));
        return latest.get();
    }

    /** Whether {@code token} is the demo token. */
    public boolean isDemo(TokenDescriptor token) {
        Optional<Path> demo = demoKeyStore.get();
        return demo.isPresent()
                && Path.of(token.location()).toAbsolutePath().equals(demo.get().toAbsolutePath());
    }

    /**
     * Calls {@code changed} with all sources after the first probe (even when no token is present)
     * and whenever a token is inserted or removed, on the watcher's thread. The first probe runs at
     * once, so no separate probe is needed at start.
     */
    public synchronized void watch(Consumer<List<SourceReport>> changed) {
        if (watcher != null) {
            watcher.close();
        }
        AtomicBoolean first = new AtomicBoolean(true);
        watcher = TokenWatcher.start(
                () -> {
                    List<SourceReport> reports = discover();
                    if (first.getAndSet(false)) {
                        changed.accept(reports);
                    }
                    return reports;
                },
                WATCH_INTERVAL,
                event -> {
                    if (event.type() == TokenEvent.Type.REMOVED) {
                        forget(event.token());
                    }
                    changed.accept(latest.get());
                });
    }

    /** The open session to {@code token}, opened now if needed. */
    public synchronized Token session(TokenDescriptor token) throws TokenException {
        Token open = sessions.get(token.identity());
        if (open == null) {
            open = providers.open(token);
            sessions.put(token.identity(), open);
        }
        return open;
    }

    /**
     * The session to {@code token} if one is open, without opening one: an open session keeps its
     * driver from being re-initialised, which some drivers need to notice newly inserted tokens.
     */
    public synchronized Optional<Token> existingSession(TokenDescriptor token) {
        return Optional.ofNullable(sessions.get(token.identity()));
    }

    /** Closes the session to {@code token}, e.g. after it was pulled out or a login failed. */
    public synchronized void forget(TokenDescriptor token) {
        Token open = sessions.remove(token.identity());
        if (open != null) {
            open.close();
        }
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        sessions.values().forEach(Token::close);
        sessions.clear();
    }
}
