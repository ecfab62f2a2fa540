/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import java.util.function.Supplier;
import javafx.scene.control.ListCell;

/**
 * A list cell showing one page of the open document by its number: the page view's and the
 * thumbnails' cells differ only in how they lay the rendered page out.
 */
abstract class PageNumberCell extends ListCell<Integer> {
    /** The page's image, rendered off the JavaFX thread and dropped when the cell is reused. */
    final RenderedPage image = new RenderedPage();

    private final Supplier<PdfPages> document;

    PageNumberCell(Supplier<PdfPages> document) {
        this.document = document;
    }

    @Override
    protected final void updateItem(Integer number, boolean empty) {
        super.updateItem(number, empty);
        image.clear();
        PdfPages pages = document.get();
        if (empty || number == null || pages == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        show(pages, number, pages.sizes().get(number - 1));
    }

    /** Lays out page {@code number} of {@code pages}, {@code size} in points. */
    abstract void show(PdfPages pages, int number, PageSize size);
}
