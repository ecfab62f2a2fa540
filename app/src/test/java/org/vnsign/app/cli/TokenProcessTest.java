/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;

/**
 * What the tests that run {@code vnsign} as a process on the SoftHSM2 token share: the run's test
 * tokens and the environment that points VNSign at them.
 */
@SoftHsmTest
abstract class TokenProcessTest {
    static TestTokens tokens;
    static Map<String, String> environment;

    @BeforeAll
    static void createTokens() {
        tokens = TestTokens.shared();
        environment = VnsignProcess.environment(tokens);
    }
}
