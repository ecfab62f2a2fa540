/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestPki;

class TimestampDefaultsTest {
    @Test
    void onlyBanCoYeuChainsGetItsTsaByDefault() {
        // The test PKI's organisation is "Ban Cơ yếu Chính phủ (TEST)": not the real one.
        TestPki pki = TestPki.generate();

        assertThat(TimestampDefaults.forChain(pki.identity(KeyProfile.RSA_2048).chain()))
                .isEmpty();
    }

    @Test
    void levelsReadTheWaysPeopleWriteThem() {
        assertThat(SignatureLevel.parse("B-LTA")).isEqualTo(SignatureLevel.B_LTA);
        assertThat(SignatureLevel.parse("b_lt")).isEqualTo(SignatureLevel.B_LT);
        assertThat(SignatureLevel.parse("T")).isEqualTo(SignatureLevel.B_T);
        assertThatThrownBy(() -> SignatureLevel.parse("LTV")).hasMessageContaining("B-B, B-T, B-LT or B-LTA");
    }
}
