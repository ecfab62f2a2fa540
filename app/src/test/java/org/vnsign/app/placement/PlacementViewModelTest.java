/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vnsign.app.preview.PageSize;
import org.vnsign.signer.SignatureKind;

class PlacementViewModelTest {
    private final PlacementViewModel model = new PlacementViewModel();

    @BeforeEach
    void a4Pages() {
        model.reset(page -> new PageSize(0, 0, 595, 842));
    }

    @Test
    void aDrawnRectangleBecomesTheBlockWhicheverCornerTheDragStartedFrom() {
        model.draw(2, 400, 300, 250, 200);

        assertThat(model.blockProperty().get()).isEqualTo(new Box(2, 250, 200, 150, 100));
        assertThat(model.placedByHandProperty().get()).isTrue();
    }

    @Test
    void aTinyDragStillGivesABlockOfTheSmallestUsableSize() {
        model.draw(1, 100, 100, 102, 101);

        Box block = model.blockProperty().get();
        assertThat(block.width()).isEqualTo(PlacementViewModel.MIN_SIZE);
        assertThat(block.height()).isEqualTo(PlacementViewModel.MIN_SIZE);
    }

    @Test
    void aBlockDraggedOffThePageSnapsBackInsideTheMargins() {
        model.place(new Box(1, 560, -40, 120, 60));

        Box block = model.blockProperty().get();
        assertThat(block.x() + block.width()).isEqualTo(595 - PlacementViewModel.MARGIN);
        assertThat(block.y()).isEqualTo(PlacementViewModel.MARGIN);
    }

    @Test
    void automaticPlacementNeverMovesABlockTheUserPlaced() {
        model.place(new Box(1, 100, 100, 120, 60));
        model.showPlanned(new Box(3, 300, 200, 120, 60));

        assertThat(model.blockProperty().get().page()).isEqualTo(1);

        model.forgetHandPlacement();
        model.showPlanned(new Box(3, 300, 200, 120, 60));
        assertThat(model.blockProperty().get().page()).isEqualTo(3);
    }

    @Test
    void movingOneMarkMovesTheMarksOfEveryPageAndKeepsThatForLaterPlans() {
        model.showPlannedMarks(List.of(new Box(1, 480, 20, 80, 30), new Box(2, 480, 20, 80, 30)));

        model.moveMark(new Box(2, 40, 60, 80, 30));

        assertThat(model.marks()).containsExactly(new Box(1, 40, 60, 80, 30), new Box(2, 40, 60, 80, 30));
        model.showPlannedMarks(
                List.of(new Box(1, 480, 20, 80, 30), new Box(2, 480, 20, 80, 30), new Box(3, 480, 20, 80, 30)));
        assertThat(model.marks()).extracting(Box::x).containsOnly(40f);
    }

    @Test
    void theKeyboardMovesAndResizesTheBlockWithinThePage() {
        model.place(new Box(1, 100, 100, 120, 60));

        model.nudge(5, -5);
        model.grow(10, 0);
        assertThat(model.blockProperty().get()).isEqualTo(new Box(1, 105, 95, 130, 60));
        model.grow(-500, -500);
        assertThat(model.blockProperty().get().width()).isEqualTo(PlacementViewModel.MIN_SIZE);
    }

    @Test
    void theKeyboardMovesAllInitialMarksTogether() {
        model.actionProperty().set(SignatureKind.INITIALS);
        model.showPlannedMarks(List.of(new Box(1, 480, 20, 80, 30), new Box(2, 480, 20, 80, 30)));

        model.nudge(-10, 0);

        assertThat(model.marks()).extracting(Box::x).containsOnly(470f);
    }
}
