/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewViewModelTest {
    private final PreviewViewModel model = new PreviewViewModel();

    @Test
    void fitWidthFillsTheViewWithTheWidestPageAndFollowsResizing() {
        model.show(List.of(new PageSize(0, 0, 595, 842), new PageSize(0, 0, 842, 595)));
        model.viewport(1000, 700);

        double expected = (1000 - 24) / (842 * PreviewViewModel.PIXELS_PER_POINT) * 100;
        assertThat(model.percentProperty().get()).isCloseTo(expected, within(0.01));
        model.viewport(500, 700);
        assertThat(model.percentProperty().get()).isLessThan(expected);
    }

    @Test
    void fitPageKeepsTheTallestPageInsideTheView() {
        model.show(List.of(new PageSize(0, 0, 595, 842)));
        model.viewport(2000, 700);
        model.fitPage();

        assertThat(842 * model.scale()).isLessThanOrEqualTo(700);
    }

    @Test
    void zoomStepsSwitchToAFixedPercentWithinBounds() {
        model.show(List.of(new PageSize(0, 0, 595, 842)));
        model.zoomTo(100);
        model.zoomIn();

        assertThat(model.modeProperty().get()).isEqualTo(PreviewViewModel.Mode.PERCENT);
        assertThat(model.percentProperty().get()).isCloseTo(115, within(0.01));
        model.zoomTo(5000);
        assertThat(model.percentProperty().get()).isEqualTo(PreviewViewModel.MAX_PERCENT);
        model.viewport(300, 300);
        assertThat(model.percentProperty().get())
                .as("a fixed zoom ignores resizing")
                .isEqualTo(800);
    }

    @Test
    void pageNavigationStaysWithinTheDocument() {
        model.show(List.of(new PageSize(0, 0, 595, 842), new PageSize(0, 0, 595, 842)));

        model.previous();
        assertThat(model.currentPageProperty().get()).isEqualTo(1);
        model.next();
        model.next();
        assertThat(model.currentPageProperty().get()).isEqualTo(2);
        model.goTo(99);
        assertThat(model.currentPageProperty().get()).isEqualTo(2);
    }
}
