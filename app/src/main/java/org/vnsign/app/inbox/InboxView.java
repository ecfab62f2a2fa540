/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.inbox;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.ui.Cells;
import org.vnsign.app.ui.Panels;

/** The inbox panel: documents waiting on the server and in the inbox folder; double-click or Enter opens one. */
public final class InboxView extends VBox {
    public InboxView(InboxViewModel model, Messages messages, Consumer<InboxItem> open) {
        super(6);
        setPadding(new Insets(8));
        getStyleClass().add("panel");
        Label heading = Panels.heading(messages.get("inbox.heading"));
        ListView<InboxItem> list = new ListView<>(model.items());
        list.setId("inbox-list");
        list.setAccessibleText(messages.get("inbox.heading"));
        list.setPrefHeight(100);
        Cells.wrappingText(list);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Button refresh = new Button(messages.get("inbox.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Label status = Panels.status(model.statusProperty());
        getChildren().addAll(heading, list, status, new HBox(6, refresh));
        visibleProperty().bind(model.configuredProperty());
        managedProperty().bind(visibleProperty());
    }
}
