/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.placement;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.vnsign.app.preview.PageSize;
import org.vnsign.signer.SignatureKind;

/**
 * What is drawn over one page: the signature block with its image (live preview of the
 * appearance), the initial marks, and the signature just made. The user drags on an empty page to
 * draw the block, drags the block to move it, drags its corner to resize it, and drags a mark to
 * move all marks. Coordinates go through the page size: PDF points from the lower-left, screen
 * pixels from the upper-left.
 */
public final class PlacementOverlay {
    private final PlacementViewModel model;
    private final Supplier<Box> highlight;
    private final Supplier<Image> appearance;
    private final Supplier<String> label;
    private final IntPredicate changedAfterSigning;
    private final Supplier<String> changedLabel;
    private final IntFunction<Box> changedArea;

    /**
     * @param highlight the signature just made, or null
     * @param appearance the image the appearance shows (signature, seal, initial), or null
     * @param label the action's name, shown in the block
     * @param changedAfterSigning whether a page was altered after signing in a way the rules forbid:
     *     it is outlined in red with {@code changedLabel}
     * @param changedArea the part of a changed page that looks different from what was signed, or null
     */
    public PlacementOverlay(
            PlacementViewModel model,
            Supplier<Box> highlight,
            Supplier<Image> appearance,
            Supplier<String> label,
            IntPredicate changedAfterSigning,
            IntFunction<Box> changedArea,
            Supplier<String> changedLabel) {
        this.model = model;
        this.highlight = highlight;
        this.appearance = appearance;
        this.label = label;
        this.changedAfterSigning = changedAfterSigning;
        this.changedLabel = changedLabel;
        this.changedArea = changedArea;
    }

    /** The overlay of page {@code page} at {@code scale} pixels per point. */
    public Node forPage(int page, double scale) {
        PageSize size = model.pageSize(page);
        Pane pane = new Pane();
        pane.setPrefSize(size.width() * scale, size.height() * scale);
        pane.getStyleClass().add("page-overlay");
        SignatureKind action = model.actionProperty().get();
        if (action.isBlock()) {
            Box block = model.blockProperty().get();
            if (block != null && block.page() == page) {
                pane.getChildren().add(block(block, size, scale));
            }
            rubberBand(pane, page, size, scale);
        } else {
            for (Box mark : model.marks()) {
                if (mark.page() == page) {
                    pane.getChildren().add(mark(mark, size, scale));
                }
            }
        }
        if (changedAfterSigning.test(page)) {
            Rectangle outline = new Rectangle(size.width() * scale - 4, size.height() * scale - 4);
            outline.getStyleClass().add("changed-page");
            outline.setMouseTransparent(true);
            outline.relocate(2, 2);
            Label warning = new Label(changedLabel.get());
            warning.getStyleClass().add("changed-page-label");
            warning.setMouseTransparent(true);
            warning.relocate(6, 6);
            pane.getChildren().addAll(outline, warning);
            Box area = changedArea.apply(page);
            if (area != null) {
                Rectangle where = new Rectangle(area.width() * scale, area.height() * scale);
                where.getStyleClass().add("changed-area");
                where.setMouseTransparent(true);
                where.relocate(area.x() * scale, top(area, size) * scale);
                pane.getChildren().add(where);
            }
        }
        Box done = highlight.get();
        if (done != null && done.page() == page) {
            Rectangle outline = new Rectangle(done.width() * scale, done.height() * scale);
            outline.getStyleClass().add("signature-highlight");
            outline.setMouseTransparent(true);
            outline.relocate(done.x() * scale, top(done, size) * scale);
            pane.getChildren().add(outline);
        }
        return pane;
    }

    private Node block(Box box, PageSize size, double scale) {
        StackPane node = new StackPane();
        node.getStyleClass().add("signature-block");
        node.setAccessibleText(label.get());
        Image image = appearance.get();
        if (image != null) {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(box.width() * scale - 4);
            view.setFitHeight(box.height() * scale - 4);
            view.setMouseTransparent(true);
            if (model.actionProperty().get() == SignatureKind.ISSUE) {
                // As drawn: the seal at the right end (over the approval), the agency's text to its left.
                view.setFitWidth(Math.min(box.width(), box.height()) * scale - 4);
                StackPane.setAlignment(view, javafx.geometry.Pos.CENTER_RIGHT);
                Label text = new Label(label.get());
                text.getStyleClass().add("issue-preview-text");
                text.setMouseTransparent(true);
                StackPane.setAlignment(text, javafx.geometry.Pos.CENTER_LEFT);
                node.getChildren().add(text);
            }
            node.getChildren().add(view);
        } else {
            Label text = new Label(label.get());
            text.setMouseTransparent(true);
            node.getChildren().add(text);
        }
        Region handle = new Region();
        handle.getStyleClass().add("resize-handle");
        handle.setCursor(Cursor.SE_RESIZE);
        StackPane.setAlignment(handle, javafx.geometry.Pos.BOTTOM_RIGHT);
        node.getChildren().add(handle);
        node.setMinSize(box.width() * scale, box.height() * scale);
        node.setMaxSize(box.width() * scale, box.height() * scale);
        node.relocate(box.x() * scale, top(box, size) * scale);
        movable(
                node,
                (left, top) -> model.place(fromScreen(box.page(), left, top, box.width(), box.height(), size, scale)));
        double[] start = new double[2];
        handle.setOnMousePressed(e -> {
            start[0] = e.getSceneX();
            start[1] = e.getSceneY();
            e.consume();
        });
        handle.setOnMouseDragged(e -> {
            double width =
                    Math.max(PlacementViewModel.MIN_SIZE * scale, box.width() * scale + e.getSceneX() - start[0]);
            double height =
                    Math.max(PlacementViewModel.MIN_SIZE * scale, box.height() * scale + e.getSceneY() - start[1]);
            node.setMinSize(width, height);
            node.setMaxSize(width, height);
            e.consume();
        });
        handle.setOnMouseReleased(e -> {
            float width = (float) (node.getMaxWidth() / scale);
            float height = (float) (node.getMaxHeight() / scale);
            model.place(fromScreen(box.page(), node.getLayoutX(), node.getLayoutY(), width, height, size, scale));
            e.consume();
        });
        return node;
    }

    private Node mark(Box box, PageSize size, double scale) {
        StackPane node = new StackPane();
        node.getStyleClass().add("initial-mark");
        node.setAccessibleText(label.get());
        node.setMinSize(box.width() * scale, box.height() * scale);
        node.setMaxSize(box.width() * scale, box.height() * scale);
        node.relocate(box.x() * scale, top(box, size) * scale);
        Image image = appearance.get();
        if (image != null) {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitHeight(box.height() * scale);
            view.setFitWidth(box.width() * scale * 0.4);
            view.setMouseTransparent(true);
            StackPane.setAlignment(view, javafx.geometry.Pos.CENTER_LEFT);
            node.getChildren().add(view);
        }
        movable(
                node,
                (left, top) ->
                        model.moveMark(fromScreen(box.page(), left, top, box.width(), box.height(), size, scale)));
        return node;
    }

    /** Lets the user drag {@code node}; {@code released} gets its new upper-left corner in pixels. */
    private static void movable(Region node, java.util.function.BiConsumer<Double, Double> released) {
        node.setCursor(Cursor.MOVE);
        double[] start = new double[4];
        node.setOnMousePressed(e -> {
            start[0] = e.getSceneX();
            start[1] = e.getSceneY();
            start[2] = node.getLayoutX();
            start[3] = node.getLayoutY();
            e.consume();
        });
        node.setOnMouseDragged(e -> {
            node.relocate(start[2] + e.getSceneX() - start[0], start[3] + e.getSceneY() - start[1]);
            e.consume();
        });
        node.setOnMouseReleased(e -> {
            released.accept(node.getLayoutX(), node.getLayoutY());
            e.consume();
        });
    }

    private void rubberBand(Pane pane, int page, PageSize size, double scale) {
        Rectangle band = new Rectangle();
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        band.setMouseTransparent(true);
        pane.getChildren().add(band);
        double[] start = new double[2];
        pane.setCursor(Cursor.CROSSHAIR);
        pane.setOnMousePressed(e -> {
            start[0] = e.getX();
            start[1] = e.getY();
            band.relocate(e.getX(), e.getY());
            band.setWidth(0);
            band.setHeight(0);
            band.setVisible(true);
        });
        pane.setOnMouseDragged(e -> {
            band.relocate(Math.min(start[0], e.getX()), Math.min(start[1], e.getY()));
            band.setWidth(Math.abs(e.getX() - start[0]));
            band.setHeight(Math.abs(e.getY() - start[1]));
        });
        pane.setOnMouseReleased(e -> {
            band.setVisible(false);
            if (Math.abs(e.getX() - start[0]) < 4 && Math.abs(e.getY() - start[1]) < 4) {
                return;
            }
            model.draw(
                    page,
                    (float) (start[0] / scale),
                    (float) (size.height() - start[1] / scale),
                    (float) (e.getX() / scale),
                    (float) (size.height() - e.getY() / scale));
        });
    }

    private static double top(Box box, PageSize size) {
        return size.height() - box.y() - box.height();
    }

    private static Box fromScreen(
            int page, double left, double top, float width, float height, PageSize size, double scale) {
        float x = (float) (left / scale);
        float y = (float) (size.height() - top / scale - height);
        return new Box(page, x, y, width, height);
    }
}
