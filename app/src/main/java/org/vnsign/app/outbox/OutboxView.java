/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.outbox;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.ui.Cells;
import org.vnsign.app.ui.Panels;

/**
 * The pending-uploads panel, shown while the outbox holds anything: each file with why its last
 * upload failed and when it is tried again; retry now, save a copy elsewhere, or remove.
 */
public final class OutboxView extends VBox {
    public OutboxView(OutboxViewModel model, Messages messages) {
        super(6);
        setPadding(new Insets(8));
        getStyleClass().add("panel");
        setId("outbox-panel");
        Label heading = Panels.heading(messages.get("outbox.heading"));
        ListView<PendingUpload> list = new ListView<>(model.pending());
        list.setId("outbox-list");
        list.setAccessibleText(messages.get("outbox.heading"));
        list.setPrefHeight(110);
        Cells.wrappingText(list);
        Button retry = button(messages.get("outbox.retry"), list, model::retry);
        Button save = button(messages.get("outbox.save"), list, model::saveCopy);
        Button remove = button(messages.get("outbox.remove"), list, model::remove);
        Label status = Panels.status(model.statusProperty());
        getChildren().addAll(heading, list, new HBox(6, retry, save, remove), status);
        visibleProperty().bind(Bindings.isNotEmpty(model.pending()).or(Bindings.isNotEmpty(model.statusProperty())));
        managedProperty().bind(visibleProperty());
    }

    private static Button button(String text, ListView<PendingUpload> list, Consumer<PendingUpload> action) {
        Button button = new Button(text);
        button.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> action.accept(list.getSelectionModel().getSelectedItem()));
        return button;
    }
}
