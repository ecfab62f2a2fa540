/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;

/**
 * The continuous page view: a virtualised list, so only the pages on screen exist as nodes and
 * are rendered (in the background, through {@link PdfPages}); each page carries an overlay from the
 * placement feature. Ctrl+wheel zooms.
 */
public final class PagesView extends ListView<Integer> {
    private final PreviewViewModel model;
    private final BiFunction<Integer, Double, Node> overlays;
    private PdfPages pages;
    private boolean scrollingByUser;
    private final List<IntConsumer> pageShownListeners = new ArrayList<>();

    /** @param overlays the overlay of a page (1-based) at a scale in pixels per point */
    public PagesView(PreviewViewModel model, BiFunction<Integer, Double, Node> overlays) {
        this.model = model;
        this.overlays = overlays;
        getStyleClass().add("pages");
        setAccessibleText("Pages");
        setCellFactory(list -> new PageCell());
        setFocusTraversable(true);
        model.percentProperty().addListener((o, old, now) -> refresh());
        model.currentPageProperty().addListener((o, old, now) -> {
            if (!scrollingByUser && now.intValue() > 0) {
                scrollTo(now.intValue() - 1);
            }
        });
        widthProperty().addListener((o, old, now) -> model.viewport(getWidth() - 20, getHeight()));
        heightProperty().addListener((o, old, now) -> model.viewport(getWidth() - 20, getHeight()));
        addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.isControlDown()) {
                if (event.getDeltaY() > 0) {
                    model.zoomIn();
                } else if (event.getDeltaY() < 0) {
                    model.zoomOut();
                }
                event.consume();
            }
        });
        skinProperty().addListener((o, old, now) -> trackScrolling());
    }

    /** Shows {@code document}, or nothing when null. */
    public void show(PdfPages document) {
        this.pages = document;
        List<Integer> numbers = document == null ? List.of() : document.pageNumbers();
        setItems(FXCollections.observableArrayList(numbers));
        if (!numbers.isEmpty()) {
            scrollTo(0);
        }
    }

    /** Calls {@code listener} with the page number each time a rendered page appears on screen. */
    public void addPageShownListener(IntConsumer listener) {
        pageShownListeners.add(listener);
    }

    /** Redraws the overlays (placement changed). */
    public void redrawOverlays() {
        refresh();
    }

    private void trackScrolling() {
        for (Node node : lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                bar.valueProperty().addListener((o, old, now) -> updateCurrentPage());
            }
        }
    }

    private void updateCurrentPage() {
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return;
        }
        List<ShownPage.Span> spans = new ArrayList<>();
        for (int index = flow.getFirstVisibleCell().getIndex();
                flow.getLastVisibleCell() != null
                        && index <= flow.getLastVisibleCell().getIndex();
                index++) {
            var cell = flow.getVisibleCell(index);
            if (cell != null) {
                spans.add(new ShownPage.Span(index + 1, cell.getLayoutY(), cell.getLayoutY() + cell.getHeight()));
            }
        }
        int shown = ShownPage.of(spans, flow.getHeight());
        scrollingByUser = true;
        model.goTo(shown > 0 ? shown : flow.getFirstVisibleCell().getIndex() + 1);
        scrollingByUser = false;
    }

    private final class PageCell extends PageNumberCell {
        private final StackPane page = new StackPane();
        private final StackPane frame = new StackPane(page);

        PageCell() {
            super(() -> pages);
            page.getStyleClass().add("page");
            frame.setPadding(new Insets(8));
            frame.setAlignment(Pos.CENTER);
            setAlignment(Pos.CENTER);
            setBackground(Background.EMPTY);
        }

        @Override
        void show(PdfPages pages, int number, PageSize size) {
            double scale = model.scale();
            double width = Math.round(size.width() * scale);
            double height = Math.round(size.height() * scale);
            image.setFitWidth(width);
            image.setFitHeight(height);
            page.setMinSize(width, height);
            page.setMaxSize(width, height);
            page.getChildren().setAll(image, overlays.apply(number, scale));
            page.setAccessibleText("Page " + number);
            setGraphic(frame);
            double pixelScale = getScene() == null || getScene().getWindow() == null
                    ? 1
                    : getScene().getWindow().getOutputScaleX();
            int pixels = (int) Math.round(width * pixelScale);
            image.show(
                    pages,
                    number,
                    pixels,
                    this::getItem,
                    () -> pageShownListeners.forEach(listener -> listener.accept(number)));
        }
    }
}
