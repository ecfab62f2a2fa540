/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/** List cells whose long lines (names, agencies, reasons) wrap inside the list instead of running off its edge. */
public final class Cells {
    private static final double SCROLL_BAR_ROOM = 24;

    private Cells() {}

    public static <T> ListCell<T> wrapping(ListCell<T> cell, ListView<T> list) {
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(SCROLL_BAR_ROOM));
        cell.setMaxWidth(Region.USE_PREF_SIZE);
        return cell;
    }

    /** Cells showing each item's {@code toString()}, wrapped. */
    public static <T> void wrappingText(ListView<T> list) {
        list.setCellFactory(view -> wrapping(
                new ListCell<T>() {
                    @Override
                    protected void updateItem(T item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : item.toString());
                    }
                },
                view));
    }
}
