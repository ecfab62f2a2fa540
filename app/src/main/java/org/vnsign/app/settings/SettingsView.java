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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
    private final ExampleImages samples;
    private final java.util.Map<GridPane, Integer> rows = new java.util.HashMap<>();

    public SettingsView(SettingsViewModel model, Messages messages, DialogService dialogs) {
        this(model, messages, dialogs, ExampleImages.none());
    }

    /**
     * @param samples the DEMO token's images, shown faded as examples where the user has none yet,
     *     so that a newcomer sees what each image is for before drawing one
     */
    public SettingsView(SettingsViewModel model, Messages messages, DialogService dialogs, ExampleImages samples) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.samples = samples;
    }

    /** Shows the dialog; the edited settings when the user saves them. */
    public Optional<Settings> showAndWait(Window owner) {
        GridPane mine = grid();
        text(mine, messages.get("settings.name"), model.nameProperty());
        text(mine, messages.get("settings.title"), model.titleProperty());
        text(mine, messages.get("settings.agency"), model.agencyProperty());
        image(mine, messages.get("settings.signatureImage"), model.signatureImageProperty(), samples.signature());
        image(mine, messages.get("settings.sealImage"), model.sealImageProperty(), samples.seal());
        image(mine, messages.get("settings.initialImage"), model.initialImageProperty(), samples.initial());
        choice(
                mine,
                messages.get("settings.corner"),
                model.cornerProperty(),
                "BOTTOM_RIGHT",
                "BOTTOM_LEFT",
                "TOP_RIGHT",
                "TOP_LEFT");
        choice(
                mine,
                messages.get("settings.stampCorner"),
                model.stampCornerProperty(),
                "TOP_LEFT",
                "TOP_RIGHT",
                "BOTTOM_LEFT",
                "BOTTOM_RIGHT");
        text(mine, messages.get("settings.timePattern"), model.timePatternProperty());
        Label example = new Label();
        example.getStyleClass().add("hint");
        example.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> example(model.timePatternProperty().get()), model.timePatternProperty()));
        mine.add(example, 1, rowOf(mine), 2, 1);

        GridPane advanced = grid();
        choice(advanced, messages.get("settings.level"), model.levelProperty(), "B-B", "B-T", "B-LT", "B-LTA");
        text(advanced, messages.get("settings.tsa"), model.tsaUrlProperty());
        CheckBox online = new CheckBox(messages.get("settings.verifyOnline"));
        wrap(online);
        online.selectedProperty().bindBidirectional(model.verifyOnlineProperty());
        advanced.add(online, 1, rowOf(advanced), 2, 1);
        CheckBox pss = new CheckBox(messages.get("settings.pss"));
        wrap(pss);
        pss.setId("settings-pss");
        pss.selectedProperty().bindBidirectional(model.pssProperty());
        advanced.add(pss, 1, rowOf(advanced), 2, 1);
        ListView<SettingsViewModel.Anchor> anchors = new ListView<>(model.anchors());
        anchors.setPrefHeight(90);
        Button addAnchor = button(messages.get("settings.add"));
        addAnchor.setOnAction(
                e -> dialogs.chooseFile(messages.get("settings.anchors")).ifPresent(model::addAnchor));
        Button removeAnchor = button(messages.get("settings.remove"));
        removeAnchor.setOnAction(
                e -> model.anchors().remove(anchors.getSelectionModel().getSelectedItem()));
        add(advanced, messages.get("settings.anchors"), anchors, new HBox(4, addAnchor, removeAnchor));
        ListView<String> modules = new ListView<>(model.modules());
        modules.setPrefHeight(70);
        Button addModule = button(messages.get("settings.add"));
        addModule.setOnAction(
                e -> dialogs.chooseFile(messages.get("settings.modules")).ifPresent(model::addModule));
        Button removeModule = button(messages.get("settings.remove"));
        removeModule.setOnAction(
                e -> model.modules().remove(modules.getSelectionModel().getSelectedItem()));
        add(advanced, messages.get("settings.modules"), modules, new HBox(4, addModule, removeModule));
        CheckBox onlyListed = new CheckBox(messages.get("settings.onlyListedModules"));
        wrap(onlyListed);
        onlyListed.selectedProperty().bindBidirectional(model.onlyListedModulesProperty());
        advanced.add(onlyListed, 1, rowOf(advanced), 2, 1);
        text(advanced, messages.get("settings.inboxFolder"), model.inboxFolderProperty());
        text(advanced, messages.get("settings.outboxFolder"), model.outboxFolderProperty());
        text(advanced, messages.get("settings.serverUrl"), model.serverUrlProperty());
        PasswordField token = new PasswordField();
        token.textProperty().bindBidirectional(model.serverTokenProperty());
        token.setAccessibleText(messages.get("settings.serverToken"));
        add(advanced, messages.get("settings.serverToken"), token, null);
        TextField ca = new TextField();
        ca.textProperty().bindBidirectional(model.serverCaProperty());
        ca.setAccessibleText(messages.get("settings.serverCa"));
        Button chooseCa = button(messages.get("settings.choose"));
        chooseCa.setOnAction(
                e -> dialogs.chooseFile(messages.get("settings.serverCa")).ifPresent(file -> model.serverCaProperty()
                        .set(file.toAbsolutePath().toString())));
        add(advanced, messages.get("settings.serverCa"), ca, chooseCa);
        choice(advanced, messages.get("settings.language"), model.languageProperty(), "vi", "en");
        CheckBox startAtLogin = new CheckBox(messages.get("settings.startAtLogin"));
        wrap(startAtLogin);
        startAtLogin.selectedProperty().bindBidirectional(model.startAtLoginProperty());
        startAtLogin.setDisable(!model.startAtLoginAvailable());
        advanced.add(startAtLogin, 1, rowOf(advanced), 2, 1);

        // The leader's own data first; time-stamping, trust, drivers and the server apart, for
        // whoever supports the machine.
        TabPane parts = new TabPane(
                tab("settings-mine", messages.get("settings.tab.mine"), mine),
                tab("settings-advanced", messages.get("settings.tab.advanced"), advanced));
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(6, parts, problem);
        content.setPrefSize(780, 600);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.heading"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        org.vnsign.app.ui.DialogButtons buttons = org.vnsign.app.ui.DialogButtons.of(messages);
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        dialog.getDialogPane().lookupButton(buttons.ok()).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (model.toSettings().isEmpty() || !model.applyStartAtLogin()) {
                e.consume();
            }
        });
        return dialog.showAndWait().filter(buttons.ok()::equals).flatMap(b -> model.toSettings());
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new javafx.geometry.Insets(10));
        return grid;
    }

    private static Tab tab(String id, String title, GridPane grid) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    /** A long option reads in full on two lines rather than ending in "…". */
    private static void wrap(CheckBox box) {
        box.setWrapText(true);
        box.setMaxWidth(500);
    }

    /** A button never cut to "Ch…": it keeps the width its words need. */
    private static Button button(String text) {
        Button button = new Button(text);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    /** What the time pattern prints, for a person who does not read "dd.MM.yyyy HH:mm:ss XXX". */
    private String example(String pattern) {
        try {
            return messages.get(
                    "settings.timeExample",
                    java.time.format.DateTimeFormatter.ofPattern(pattern)
                            .format(java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return "";
        }
    }

    /** The next free row of {@code grid}, taken. */
    private int rowOf(GridPane grid) {
        int next = rows.getOrDefault(grid, 0);
        rows.put(grid, next + 1);
        return next;
    }

    private void text(GridPane grid, String label, StringProperty property) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setAccessibleText(label);
        add(grid, label, field, null);
    }

    private void image(GridPane grid, String label, StringProperty property, Optional<Path> sample) {
        TextField field = new TextField();
        field.setEditable(false);
        field.textProperty().bind(property);
        field.setAccessibleText(label);
        field.setPromptText(sample.isPresent() ? messages.get("settings.sampleShown") : "");
        ImageView preview = new ImageView();
        preview.setFitHeight(48);
        preview.setFitWidth(120);
        preview.setPreserveRatio(true);
        Runnable show = () -> {
            boolean own = property.get() != null && !property.get().isBlank();
            preview.setImage(
                    own
                            ? load(property.get())
                            : sample.map(p -> load(p.toString())).orElse(null));
            preview.setOpacity(own ? 1 : 0.45);
            preview.getStyleClass().setAll(own ? "image-own" : "image-sample");
        };
        property.addListener((o, old, now) -> show.run());
        show.run();
        Button choose = button(messages.get("settings.choose"));
        choose.setOnAction(e -> dialogs.chooseImage().ifPresent(file -> model.setImage(property, file)));
        Button clear = button(messages.get("settings.remove"));
        clear.setOnAction(e -> property.set(""));
        add(grid, label, field, new HBox(4, choose, clear, preview));
    }

    /** A choice shown in words ("Góc dưới bên phải", "B-LT: có dấu thời gian và dữ liệu kiểm tra"), stored as its value. */
    private void choice(GridPane grid, String label, StringProperty property, String... values) {
        ChoiceBox<String> box = new ChoiceBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : messages.get("settings.value." + value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.valueProperty().bindBidirectional(property);
        box.setAccessibleText(label);
        add(grid, label, box, null);
    }

    private void add(GridPane grid, String label, javafx.scene.Node field, javafx.scene.Node extra) {
        int row = rowOf(grid);
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setWrapText(true);
        name.setMaxWidth(220);
        grid.add(name, 0, row);
        grid.add(field, 1, row);
        if (extra != null) {
            grid.add(extra, 2, row);
        }
    }

    private static Image load(String path) {
        if (path == null || path.isBlank() || !Files.isRegularFile(Path.of(path))) {
            return null;
        }
        return new Image(Path.of(path).toUri().toString(), true);
    }
}
