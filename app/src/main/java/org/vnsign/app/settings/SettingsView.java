/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.ui.DialogService;

/** The settings dialog, bound to a {@link SettingsViewModel}. */
public final class SettingsView {
    private final SettingsViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final GridPane grid = new GridPane();
    private int row;

    public SettingsView(SettingsViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Shows the dialog; the edited settings when the user saves them. */
    public Optional<Settings> showAndWait(Window owner) {
        grid.setHgap(8);
        grid.setVgap(6);
        text(messages.get("settings.name"), model.nameProperty());
        text(messages.get("settings.title"), model.titleProperty());
        text(messages.get("settings.agency"), model.agencyProperty());
        image(messages.get("settings.signatureImage"), model.signatureImageProperty());
        image(messages.get("settings.sealImage"), model.sealImageProperty());
        image(messages.get("settings.initialImage"), model.initialImageProperty());
        text(messages.get("settings.timePattern"), model.timePatternProperty());
        choice(
                messages.get("settings.corner"),
                model.cornerProperty(),
                "BOTTOM_RIGHT",
                "BOTTOM_LEFT",
                "TOP_RIGHT",
                "TOP_LEFT");
        choice(messages.get("settings.level"), model.levelProperty(), "B-B", "B-T", "B-LT", "B-LTA");
        text(messages.get("settings.tsa"), model.tsaUrlProperty());
        CheckBox online = new CheckBox(messages.get("settings.verifyOnline"));
        online.selectedProperty().bindBidirectional(model.verifyOnlineProperty());
        grid.add(online, 1, row++, 2, 1);
        CheckBox pss = new CheckBox(messages.get("settings.pss"));
        pss.setId("settings-pss");
        pss.selectedProperty().bindBidirectional(model.pssProperty());
        grid.add(pss, 1, row++, 2, 1);
        ListView<SettingsViewModel.Anchor> anchors = new ListView<>(model.anchors());
        anchors.setPrefHeight(90);
        Button addAnchor = new Button(messages.get("settings.add"));
        addAnchor.setOnAction(
                e -> dialogs.chooseFile(messages.get("settings.anchors")).ifPresent(model::addAnchor));
        Button removeAnchor = new Button(messages.get("settings.remove"));
        removeAnchor.setOnAction(
                e -> model.anchors().remove(anchors.getSelectionModel().getSelectedItem()));
        add(messages.get("settings.anchors"), anchors, new HBox(4, addAnchor, removeAnchor));
        ListView<String> modules = new ListView<>(model.modules());
        modules.setPrefHeight(70);
        Button addModule = new Button(messages.get("settings.add"));
        addModule.setOnAction(
                e -> dialogs.chooseFile(messages.get("settings.modules")).ifPresent(model::addModule));
        Button removeModule = new Button(messages.get("settings.remove"));
        removeModule.setOnAction(
                e -> model.modules().remove(modules.getSelectionModel().getSelectedItem()));
        add(messages.get("settings.modules"), modules, new HBox(4, addModule, removeModule));
        CheckBox onlyListed = new CheckBox(messages.get("settings.onlyListedModules"));
        onlyListed.selectedProperty().bindBidirectional(model.onlyListedModulesProperty());
        grid.add(onlyListed, 1, row++, 2, 1);
        text(messages.get("settings.inboxFolder"), model.inboxFolderProperty());
        text(messages.get("settings.outboxFolder"), model.outboxFolderProperty());
        text(messages.get("settings.serverUrl"), model.serverUrlProperty());
        PasswordField token = new PasswordField();
        token.textProperty().bindBidirectional(model.serverTokenProperty());
        token.setAccessibleText(messages.get("settings.serverToken"));
        add(messages.get("settings.serverToken"), token, null);
        TextField ca = new TextField();
        ca.textProperty().bindBidirectional(model.serverCaProperty());
        ca.setAccessibleText(messages.get("settings.serverCa"));
        Button chooseCa = new Button(messages.get("settings.choose"));
        chooseCa.setOnAction(
                e -> dialogs.chooseFile(messages.get("settings.serverCa")).ifPresent(file -> model.serverCaProperty()
                        .set(file.toAbsolutePath().toString())));
        add(messages.get("settings.serverCa"), ca, chooseCa);
        choice(messages.get("settings.language"), model.languageProperty(), "vi", "en");
        CheckBox startAtLogin = new CheckBox(messages.get("settings.startAtLogin"));
        startAtLogin.selectedProperty().bindBidirectional(model.startAtLoginProperty());
        startAtLogin.setDisable(!model.startAtLoginAvailable());
        grid.add(startAtLogin, 1, row++, 2, 1);
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        grid.add(problem, 0, row++, 3, 1);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.heading"));
        dialog.setResizable(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 620);
        dialog.getDialogPane().setContent(scroll);
        org.vnsign.app.ui.DialogButtons buttons = org.vnsign.app.ui.DialogButtons.of(messages);
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        dialog.getDialogPane().lookupButton(buttons.ok()).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (model.toSettings().isEmpty() || !model.applyStartAtLogin()) {
                e.consume();
            }
        });
        return dialog.showAndWait().filter(buttons.ok()::equals).flatMap(b -> model.toSettings());
    }

    private void text(String label, StringProperty property) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setAccessibleText(label);
        add(label, field, null);
    }

    private void image(String label, StringProperty property) {
        TextField field = new TextField();
        field.setEditable(false);
        field.textProperty().bind(property);
        field.setAccessibleText(label);
        ImageView preview = new ImageView();
        preview.setFitHeight(48);
        preview.setFitWidth(120);
        preview.setPreserveRatio(true);
        property.addListener((o, old, now) -> preview.setImage(load(now)));
        preview.setImage(load(property.get()));
        Button choose = new Button(messages.get("settings.choose"));
        choose.setOnAction(e -> dialogs.chooseImage().ifPresent(file -> model.setImage(property, file)));
        Button clear = new Button(messages.get("settings.remove"));
        clear.setOnAction(e -> property.set(""));
        add(label, field, new HBox(4, choose, clear, preview));
    }

    private void choice(String label, StringProperty property, String... values) {
        ChoiceBox<String> box = new ChoiceBox<>(FXCollections.observableArrayList(values));
        box.valueProperty().bindBidirectional(property);
        box.setAccessibleText(label);
        add(label, box, null);
    }

    private void add(String label, javafx.scene.Node field, javafx.scene.Node extra) {
        Label name = new Label(label);
        name.setLabelFor(field);
        grid.add(name, 0, row);
        grid.add(field, 1, row);
        if (extra != null) {
            grid.add(extra, 2, row);
        }
        row++;
    }

    private static Image load(String path) {
        if (path == null || path.isBlank() || !Files.isRegularFile(Path.of(path))) {
            return null;
        }
        return new Image(Path.of(path).toUri().toString(), true);
    }
}
