/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {
    private final OriginPolicy policy = new OriginPolicy(List.of("https://QLVB.tinh.gov.vn:443"), 27651);

    @Test
    void anOriginMatchesExactlyWhateverItsCaseOrDefaultPort() {
        assertThat(policy.allowsOrigin("https://qlvb.tinh.gov.vn")).isTrue();
        assertThat(policy.allowsOrigin("http://qlvb.tinh.gov.vn"))
                .as("other scheme")
                .isFalse();
        assertThat(policy.allowsOrigin("https://qlvb.tinh.gov.vn:8443"))
                .as("other port")
                .isFalse();
        assertThat(policy.allowsOrigin("https://evil.qlvb.tinh.gov.vn"))
                .as("subdomain")
                .isFalse();
        assertThat(policy.allowsOrigin("https://qlvb.tinh.gov.vn.evil.example")).isFalse();
        assertThat(policy.allowsOrigin("null")).as("sandboxed or file page").isFalse();
        assertThat(policy.allowsOrigin(null)).as("no Origin header").isFalse();
    }

    @Test
    void onlyTheBridgesOwnLoopbackNameIsAcceptedAsHost() {
        assertThat(policy.allowsHost("127.0.0.1:27651")).isTrue();
        assertThat(policy.allowsHost("localhost:27651")).isTrue();
        assertThat(policy.allowsHost("qlvb.attacker.example:27651")).isFalse();
        assertThat(policy.allowsHost("127.0.0.1:8987")).isFalse();
        assertThat(policy.allowsHost(null)).isFalse();
    }

    @Test
    void aWildcardOrAnAddressWithAPathIsNotAnOriginTheAdministratorCanAllow() {
        assertThatThrownBy(() -> new OriginPolicy(List.of("*"), 27651)).hasMessageContaining("no wildcard");
        assertThatThrownBy(() -> new OriginPolicy(List.of("https://*.gov.vn"), 27651))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OriginPolicy(List.of("https://qlvb.gov.vn/app"), 27651))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OriginPolicy(List.of("file:///home"), 27651))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBridgeNeverTakesAnotherVendorsPort() {
        assertThat(new BridgeConfig(null, null).port()).isEqualTo(BridgeConfig.DEFAULT_PORT);
        for (int taken : List.of(8987, 4433, 8443, 14007)) {
            assertThatThrownBy(() -> new BridgeConfig(taken, List.of())).hasMessageContaining(String.valueOf(taken));
        }
        assertThat(new BridgeConfig(null, List.of("https://a.gov.vn"))
                        .withOrigins(List.of("https://b.gov.vn"))
                        .allowedOrigins())
                .containsExactly("https://a.gov.vn", "https://b.gov.vn");
    }
}
