/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a listener when tokens are inserted or removed, by probing at a fixed interval and
 * comparing with the previous probe. Polling works with every driver; PKCS#11 slot events
 * (C_WaitForSlotEvent) are unreliable across vendors and blocked threads cannot be stopped.
 *
 * <p>The first probe reports every present token as {@link TokenEvent.Type#INSERTED}. The listener
 * runs on the watcher's own daemon thread; a UI must hop to its own thread.
 */
public final class TokenWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TokenWatcher.class);

    private final Supplier<List<SourceReport>> probe;
    private final Consumer<TokenEvent> listener;
    private final ScheduledExecutorService executor;
    private Map<String, TokenDescriptor> present = new LinkedHashMap<>();

    private TokenWatcher(Supplier<List<SourceReport>> probe, Consumer<TokenEvent> listener) {
        this.probe = probe;
        this.listener = listener;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vnsign-token-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts watching.
     *
     * @param probe what to probe, e.g. {@code () -> providers.discover(options.withReinitializeIdleModules(true))}
     * @param interval time between the end of one probe and the start of the next
     */
    public static TokenWatcher start(
            Supplier<List<SourceReport>> probe, Duration interval, Consumer<TokenEvent> listener) {
        TokenWatcher watcher = new TokenWatcher(probe, listener);
        watcher.executor.scheduleWithFixedDelay(watcher::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return watcher;
    }

    private void poll() {
        try {
            Map<String, TokenDescriptor> now = new LinkedHashMap<>();
            for (TokenDescriptor token : TokenProviders.tokensIn(probe.get())) {
                now.put(token.identity(), token);
            }
            for (Map.Entry<String, TokenDescriptor> old : present.entrySet()) {
                if (!now.containsKey(old.getKey())) {
                    listener.accept(new TokenEvent(TokenEvent.Type.REMOVED, old.getValue()));
                }
            }
            for (Map.Entry<String, TokenDescriptor> current : now.entrySet()) {
                if (!present.containsKey(current.getKey())) {
                    listener.accept(new TokenEvent(TokenEvent.Type.INSERTED, current.getValue()));
                }
            }
            present = now;
        } catch (RuntimeException e) {
            LOG.warn("Token probe failed; will try again", e);
        }
    }

    /** Stops watching; no event is delivered after this returns. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Token watcher did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
