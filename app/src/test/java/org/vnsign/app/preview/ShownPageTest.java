/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownPageTest {
    @Test
    void aSliverOfPageOneAtTheTopDoesNotNamePageOneWhilePageTwoFillsTheView() {
        List<ShownPage.Span> visible = List.of(new ShownPage.Span(1, -900, 40), new ShownPage.Span(2, 40, 1000));

        assertThat(ShownPage.of(visible, 700)).isEqualTo(2);
    }

    @Test
    void thePageTakingMostOfTheViewIsNamedAndATieNamesTheEarlierPage() {
        assertThat(ShownPage.of(List.of(new ShownPage.Span(3, -100, 500), new ShownPage.Span(4, 500, 1400)), 700))
                .isEqualTo(3);
        assertThat(ShownPage.of(List.of(new ShownPage.Span(5, -350, 350), new ShownPage.Span(6, 350, 1050)), 700))
                .isEqualTo(5);
    }

    @Test
    void nothingOnScreenNamesNoPage() {
        assertThat(ShownPage.of(List.of(), 700)).isZero();
    }
}
