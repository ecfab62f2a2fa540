/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.TokenEvent;
import org.vnsign.token.TokenWatcher;

@SoftHsmTest
class TokenRemovalIT {
    static TestTokens tokens;

    @BeforeAll
    static void createTokens() {
        tokens = TestTokens.shared();
    }

    @Test
    void theWatcherReportsTokensInsertedAndRemoved() throws InterruptedException {
        BlockingQueue<TokenEvent> events = new LinkedBlockingQueue<>();
        Pkcs11TokenProvider provider = new Pkcs11TokenProvider();
        DiscoveryOptions options =
                DiscoveryOptions.onlyModules(List.of(tokens.softHsm().module())).withReinitializeIdleModules(true);
        TokenWatcher watcher =
                TokenWatcher.start(() -> provider.discover(options), Duration.ofMillis(200), events::add);
        try {
            assertThat(labelsOf(events, TokenEvent.Type.INSERTED, 2))
                    .contains(TestTokens.MAIN_LABEL, TestTokens.SECOND_LABEL);

            tokens.softHsm()
                    .createToken(
                            "Token cắm thêm", "222222", List.of(tokens.pki().identity(KeyProfile.RSA_2048)), Set.of());
            assertThat(next(events, TokenEvent.Type.INSERTED).token().label()).isEqualTo("Token cắm thêm");

            tokens.softHsm().deleteToken("Token cắm thêm");
            assertThat(next(events, TokenEvent.Type.REMOVED).token().label()).isEqualTo("Token cắm thêm");
        } finally {
            watcher.close();
        }
    }

    private static List<String> labelsOf(BlockingQueue<TokenEvent> events, TokenEvent.Type type, int atLeast)
            throws InterruptedException {
        List<String> labels = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (labels.size() < atLeast + 1 && System.nanoTime() < deadline) {
            TokenEvent event = events.poll(500, TimeUnit.MILLISECONDS);
            if (event == null && labels.size() >= atLeast) {
                break;
            }
            if (event != null && event.type() == type) {
                labels.add(event.token().label());
            }
        }
        return labels;
    }

    private static TokenEvent next(BlockingQueue<TokenEvent> events, TokenEvent.Type type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            TokenEvent event = events.poll(500, TimeUnit.MILLISECONDS);
            if (event != null && event.type() == type) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " event within 20 s");
    }
}
