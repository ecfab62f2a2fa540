/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.mscapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.OperatingSystem;
import org.vnsign.token.SourceState;
import org.vnsign.token.TokenException;

class MscapiTokenProviderTest {
    private final DiscoveryOptions options = DiscoveryOptions.onlyModules(List.of());

    @Test
    void offersTheWindowsStoreOnlyOnWindowsAndOnlyWhenItCanSign() throws Exception {
        assertThat(new MscapiTokenProvider(OperatingSystem.LINUX).discover(options))
                .isEmpty();
        assertThat(new MscapiTokenProvider(OperatingSystem.MACOS).discover(options))
                .isEmpty();
        assertThat(new MscapiTokenProvider(OperatingSystem.WINDOWS, password -> CapiLikeStore.withOneKey())
                        .discover(options))
                .singleElement()
                .satisfies(report -> {
                    assertThat(report.state()).isEqualTo(SourceState.TOKEN_PRESENT);
                    assertThat(report.location()).isEqualTo("Windows-MY");
                    assertThat(report.tokens()).singleElement().satisfies(t -> assertThat(t.loginRequired())
                            .isFalse());
                });
        assertThat(new MscapiTokenProvider(OperatingSystem.WINDOWS, password -> CapiLikeStore.empty())
                        .discover(options))
                .singleElement()
                .satisfies(report -> {
                    assertThat(report.state()).as("no certificate with a key").isEqualTo(SourceState.NO_TOKEN);
                    assertThat(report.tokens()).isEmpty();
                });
    }

    @Test
    void openingTheStoreElsewhereIsAPlatformError() {
        assertThatThrownBy(() -> new MscapiTokenProvider(OperatingSystem.LINUX).open(MscapiTokenProvider.descriptor()))
                .isInstanceOfSatisfying(
                        TokenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PLATFORM_UNSUPPORTED));
    }

    @Test
    void recognisesOperatingSystemNames() {
        assertThat(OperatingSystem.fromName("Windows 11")).isEqualTo(OperatingSystem.WINDOWS);
        assertThat(OperatingSystem.fromName("Mac OS X")).isEqualTo(OperatingSystem.MACOS);
        assertThat(OperatingSystem.fromName("Linux")).isEqualTo(OperatingSystem.LINUX);
    }
}
