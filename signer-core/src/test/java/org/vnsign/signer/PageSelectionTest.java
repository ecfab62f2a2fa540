/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageSelectionTest {
    @Test
    void resolvesListsRangesAndLast() throws SignerException {
        assertThat(PageSelection.parse("1-3,7").resolve(10)).containsExactly(1, 2, 3, 7);
        assertThat(PageSelection.parse("all").resolve(3)).containsExactly(1, 2, 3);
        assertThat(PageSelection.parse("last").resolve(5)).containsExactly(5);
        assertThat(PageSelection.parse("4-last, 2").resolve(5)).containsExactly(2, 4, 5);
    }

    @Test
    void refusesPagesTheDocumentDoesNotHave() {
        assertThatThrownBy(() -> PageSelection.parse("1-12").resolve(10))
                .isInstanceOfSatisfying(
                        SignerException.class, e -> assertThat(e.error()).isEqualTo(SignerError.PAGE_OUT_OF_RANGE));
    }

    @Test
    void refusesMalformedSelections() {
        assertThatThrownBy(() -> PageSelection.parse("3-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageSelection.parse("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageSelection.parse("một")).isInstanceOf(IllegalArgumentException.class);
    }
}
