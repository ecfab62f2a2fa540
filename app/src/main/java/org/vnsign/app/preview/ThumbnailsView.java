/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListView;

/** The thumbnail strip: small renders of every page; choosing one scrolls the page view there. */
public final class ThumbnailsView extends ListView<Integer> {
    static final int WIDTH_PIXELS = 96;

    private PdfPages pages;
    private boolean following;

    public ThumbnailsView(PreviewViewModel model) {
        getStyleClass().add("thumbnails");
        setAccessibleText("Thumbnails");
        setPrefWidth(WIDTH_PIXELS + 40);
        setCellFactory(list -> new ThumbnailCell());
        getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (!following && now.intValue() >= 0) {
                model.goTo(now.intValue() + 1);
            }
        });
        model.currentPageProperty().addListener((o, old, now) -> {
            following = true;
            getSelectionModel().select(now.intValue() - 1);
            following = false;
        });
    }

    public void show(PdfPages document) {
        this.pages = document;
        List<Integer> numbers = document == null ? List.of() : document.pageNumbers();
        setItems(FXCollections.observableArrayList(numbers));
    }

    private final class ThumbnailCell extends PageNumberCell {
        ThumbnailCell() {
            super(() -> pages);
            setContentDisplay(ContentDisplay.TOP);
            setAlignment(Pos.CENTER);
        }

        @Override
        void show(PdfPages pages, int number, PageSize size) {
            image.setFitWidth(WIDTH_PIXELS);
            image.setFitHeight(WIDTH_PIXELS * size.height() / size.width());
            setGraphic(image);
            setText(String.valueOf(number));
            image.show(pages, number, WIDTH_PIXELS, this::getItem, () -> {});
        }
    }
}
