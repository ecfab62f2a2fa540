/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo token, prepared on first use rather than at start: generating its keys takes about a
 * second, which must not delay the first window. Thread-safe; a failure is logged once and the
 * app goes on without the demo token.
 */
public final class LazyDemoToken {
    private static final Logger LOG = LoggerFactory.getLogger(LazyDemoToken.class);

    private final Path dataFolder;
    private Optional<DemoToken> token;

    public LazyDemoToken(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** No demo token at all (tests of real tokens only). */
    public static LazyDemoToken none() {
        LazyDemoToken none = new LazyDemoToken(Path.of(""));
        none.token = Optional.empty();
        return none;
    }

    /** The demo token, generated in the data folder the first time. */
    public synchronized Optional<DemoToken> get() {
        if (token == null) {
            try {
                token = Optional.of(DemoToken.in(dataFolder));
            } catch (IOException | RuntimeException e) {
                // A JDK without fonts or a full disk must not stop the app: it runs without the demo.
                LOG.warn("The demo token could not be prepared", e);
                token = Optional.empty();
            }
        }
        return token;
    }

    /** The demo token if it has been made already; never makes it (for callers on the window's thread). */
    public synchronized Optional<DemoToken> ifReady() {
        return token == null ? Optional.empty() : token;
    }

    /** The demo token's key store, when there is one. */
    public Optional<Path> keyStore() {
        return get().map(DemoToken::keyStore);
    }
}
