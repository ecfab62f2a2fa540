/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.softhsm;

import java.util.List;
import java.util.Set;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.pki.TestPki;
import org.vnsign.testsupport.services.LoopbackPki;

/**
 * The tokens every SoftHSM2 test shares within one JVM: the test PKI of {@link LoopbackPki}, whose
 * certificates point at its loopback OCSP, CRL and CA-certificate services, and two tokens.
 *
 * <ul>
 *   <li>{@link #main()}: label {@value #MAIN_LABEL}, PIN {@value #MAIN_PIN}, one key and certificate
 *       per {@link KeyProfile};
 *   <li>{@link #second()}: a Vietnamese label, PIN {@value #SECOND_PIN}, the RSA-3072 signer with a
 *       key that asks for the PIN at every signature (CKA_ALWAYS_AUTHENTICATE).
 * </ul>
 */
public final class TestTokens {
    public static final String MAIN_LABEL = "VNSign Test";
    public static final String MAIN_PIN = "123456";
    public static final String SECOND_LABEL = "Token Bộ Tài chính";
    public static final String SECOND_PIN = "654321";

    private static TestTokens shared;

    private final SoftHsm softHsm;
    private final TestPki pki;
    private final TestToken main;
    private final TestToken second;

    private TestTokens(SoftHsm softHsm, TestPki pki, TestToken main, TestToken second) {
        this.softHsm = softHsm;
        this.pki = pki;
        this.main = main;
        this.second = second;
    }

    /** Creates the PKI and tokens on first call in this JVM. */
    public static synchronized TestTokens shared() {
        if (shared == null) {
            SoftHsm softHsm = SoftHsm.shared();
            TestPki pki = LoopbackPki.shared().pki();
            TestToken main = softHsm.createToken(MAIN_LABEL, MAIN_PIN, pki.identities(), Set.of());
            TestIdentity confirmEachSignature = pki.identity(KeyProfile.RSA_3072);
            TestToken second = softHsm.createToken(
                    SECOND_LABEL, SECOND_PIN, List.of(confirmEachSignature), Set.of(confirmEachSignature));
            shared = new TestTokens(softHsm, pki, main, second);
        }
        return shared;
    }

    public SoftHsm softHsm() {
        return softHsm;
    }

    public TestPki pki() {
        return pki;
    }

    public TestToken main() {
        return main;
    }

    public TestToken second() {
        return second;
    }
}
