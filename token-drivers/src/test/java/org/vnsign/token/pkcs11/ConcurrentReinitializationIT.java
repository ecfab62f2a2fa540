/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.RecordingPinCallback;
import org.vnsign.token.SourceState;
import org.vnsign.token.Token;
import org.vnsign.token.TokenProviders;

/**
 * The desktop app's token watcher re-initialises idle modules (C_Finalize, C_Initialize) while the
 * app lists tokens, logs in and reads certificates on other threads. Re-initialisation must wait
 * for the module's other calls and run alone: a module finalised under a running call may crash
 * the process, and the app saw SoftHSM2 crash inside C_Finalize.
 */
@SoftHsmTest
class ConcurrentReinitializationIT {
    @Test
    void probingWhileAnotherThreadReinitialisesTheModuleNeverCrashesAndAlwaysSeesTheTokens() throws Exception {
        TestTokens tokens = TestTokens.shared();
        Pkcs11TokenProvider provider = new Pkcs11TokenProvider();
        DiscoveryOptions plain =
                DiscoveryOptions.onlyModules(List.of(tokens.softHsm().module()));
        DiscoveryOptions reinitialising = plain.withReinitializeIdleModules(true);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            runs.add(threads.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    var descriptor = TokenProviders.select(provider.discover(plain), TestTokens.MAIN_LABEL);
                    try (Token token = provider.open(descriptor)) {
                        token.login(RecordingPinCallback.answering(TestTokens.MAIN_PIN));
                        assertThat(token.certificates()).isNotEmpty();
                    }
                }
                return 40;
            }));
            for (DiscoveryOptions options : List.of(reinitialising, plain, reinitialising)) {
                Callable<Integer> probes = () -> {
                    int present = 0;
                    for (int i = 0; i < 40; i++) {
                        if (provider.discover(options).get(0).state() == SourceState.TOKEN_PRESENT) {
                            present++;
                        }
                    }
                    return present;
                };
                runs.add(threads.submit(probes));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isEqualTo(40);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
