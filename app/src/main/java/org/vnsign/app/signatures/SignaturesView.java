/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signatures;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.ui.Cells;
import org.vnsign.app.ui.Panels;

/**
 * The signature panel: the file's verdict in colour, one line per signature (status, signer,
 * time, level, warnings in plain words); a click jumps to the signature's page.
 */
public final class SignaturesView extends VBox {
    /**
     * @param goToPage called with the page of the chosen signature
     * @param openSignedVersion called to open what the chosen signature signed
     */
    public SignaturesView(
            SignaturesViewModel model, Messages messages, Consumer<Integer> goToPage, Runnable openSignedVersion) {
        super(6);
        setPadding(new Insets(8));
        getStyleClass().add("panel");
        Label heading = Panels.heading(messages.get("signatures.heading"));
        Label verdict = new Label();
        verdict.setId("file-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.summaryProperty());
        model.fileStatusProperty().addListener((o, old, now) -> {
            verdict.getStyleClass().removeAll(statusClasses());
            if (now != null) {
                verdict.getStyleClass().add(statusClass(now));
            }
        });

        ListView<SignatureRow> list = new ListView<>(model.rows());
        list.setId("signature-list");
        list.setAccessibleText(messages.get("signatures.heading"));
        list.setPrefHeight(200);
        list.setCellFactory(view -> Cells.wrapping(new SignatureCell(), view));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            model.selectedProperty().set(now);
            if (now != null && now.page() > 0) {
                goToPage.accept(now.page());
            }
        });
        model.selectedProperty()
                .addListener((o, old, now) -> list.getSelectionModel().select(now));

        Button details = new Button(messages.get("signatures.showDetails"));
        details.disableProperty().bind(model.selectedProperty().isNull());
        details.setOnAction(e -> showDetails(model, messages));
        Button signedVersion = new Button(messages.get("signatures.signedVersion"));
        signedVersion.disableProperty().bind(model.selectedProperty().isNull());
        signedVersion.setOnAction(e -> openSignedVersion.run());
        getChildren().addAll(heading, verdict, list, new HBox(6, details, signedVersion));
    }

    private void showDetails(SignaturesViewModel model, Messages messages) {
        String text = model.detailsOfSelected();
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 360);
        ButtonType copy = new ButtonType(messages.get("ui.copyDetails"));
        Alert alert = new Alert(
                Alert.AlertType.INFORMATION,
                "",
                copy,
                org.vnsign.app.ui.DialogButtons.of(messages).close());
        alert.initOwner(getScene().getWindow());
        alert.setTitle(messages.get("signatures.showDetails"));
        alert.setHeaderText(model.selectedProperty().get().signer());
        alert.getDialogPane().setContent(area);
        alert.showAndWait().filter(copy::equals).ifPresent(b -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    static String statusClass(SignatureStatus status) {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static java.util.List<String> statusClasses() {
        return java.util.Arrays.stream(SignatureStatus.values())
                .map(SignaturesView::statusClass)
                .toList();
    }

    private static final class SignatureCell extends ListCell<SignatureRow> {
        @Override
        protected void updateItem(SignatureRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Circle dot = new Circle(7);
            dot.getStyleClass().addAll("status-dot", statusClass(row.status()));
            StringBuilder text = new StringBuilder();
            text.append('#').append(row.index()).append(' ').append(row.verdict());
            if (row.demo()) {
                text.append(" (DEMO)");
            }
            text.append("\n").append(row.signer());
            if (!row.time().isEmpty()) {
                text.append("\n").append(row.time());
            }
            text.append(" · ").append(row.level());
            for (String warning : row.warnings()) {
                text.append("\n⚠ ").append(warning);
            }
            setText(text.toString());
            setGraphic(dot);
            setAccessibleText(text.toString());
        }
    }
}
