/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.inbox.InboxView;
import org.vnsign.app.outbox.OutboxView;
import org.vnsign.app.placement.PlacementOverlay;
import org.vnsign.app.preview.PagesView;
import org.vnsign.app.preview.ThumbnailsView;
import org.vnsign.app.settings.SettingsView;
import org.vnsign.app.settings.SettingsViewModel;
import org.vnsign.app.signatures.SignaturesView;
import org.vnsign.app.tokens.TokensView;
import org.vnsign.app.ui.DialogService;
import org.vnsign.app.ui.Panels;
import org.vnsign.signer.SignatureKind;

/**
 * The main window, bound to {@link MainViewModel}: toolbar, thumbnails, the continuous page view
 * with the placement overlay, and the side panel (action, token, sign, signatures).
 */
public final class MainView {
    private final MainViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final PagesView pages;
    private final ThumbnailsView thumbnails;
    private final BorderPane root = new BorderPane();
    private Image appearance;

    public MainView(MainViewModel model, DialogService dialogs) {
        this.model = model;
        this.messages = model.messages();
        this.dialogs = dialogs;
        PlacementOverlay overlay = new PlacementOverlay(
                model.placement(),
                model.highlightProperty()::get,
                () -> appearance,
                () -> messages.get(
                        "action." + model.placement().actionProperty().get().name()),
                page -> model.signatures().changedPages().contains(page),
                page -> model.signatures().changedAreas().get(page),
                () -> messages.get("signatures.pageChanged"));
        this.pages = new PagesView(model.preview(), overlay::forPage);
        this.pages.setId("pages");
        this.thumbnails = new ThumbnailsView(model.preview());
        build();
        bind();
    }

    /** Room the window manager's title bar takes above the scene, before the window is shown. */
    private static final double TITLE_BAR_ALLOWANCE = 32;

    /** The scene of the main window at the preferred size, with shortcuts and drag and drop. */
    public Scene scene() {
        return scene(WindowBounds.PREFERRED_WIDTH, WindowBounds.PREFERRED_HEIGHT);
    }

    private Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainView.class.getResource("vnsign.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), model::openChosen);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), model.preview()::zoomIn);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), model.preview()::zoomIn);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), model.preview()::zoomOut);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), model.preview()::zoomOut);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), model.preview()::fitWidth);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), model.preview()::fitPage);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), model.preview()::next);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), model.preview()::previous);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), model::sign);
        keyboardPlacement(scene);
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            Optional<File> pdf = event.getDragboard().getFiles().stream().findFirst();
            pdf.ifPresent(file -> model.open(file.toPath()));
            event.setDropCompleted(pdf.isPresent());
            event.consume();
        });
        return scene;
    }

    /** Alt+arrows move the block or the marks by 5 points; Alt+Shift+arrows resize the block. */
    private void keyboardPlacement(Scene scene) {
        float step = 5;
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (!event.isAltDown()) {
                return;
            }
            float dx = event.getCode() == KeyCode.LEFT ? -step : event.getCode() == KeyCode.RIGHT ? step : 0;
            float dy = event.getCode() == KeyCode.DOWN ? -step : event.getCode() == KeyCode.UP ? step : 0;
            if (dx == 0 && dy == 0) {
                return;
            }
            if (event.isShiftDown()) {
                model.placement().grow(dx, dy);
            } else {
                model.placement().nudge(dx, dy);
            }
            event.consume();
        });
    }

    public PagesView pages() {
        return pages;
    }

    private void build() {
        root.setTop(new VBox(
                MainToolbar.of(model, messages, this::editSettings), BridgeBanner.of(model.bridge(), messages)));
        openSettingsWhenAsked();
        root.setLeft(thumbnails);
        Label empty = new Label(messages.get("open.dropHint"));
        empty.getStyleClass().add("drop-hint");
        empty.visibleProperty().bind(model.documentProperty().isNull());
        StackPane centre = new StackPane(pages, empty);
        root.setCenter(centre);
        VBox side = new VBox(
                new InboxView(model.inbox(), messages, model::openInbox),
                new OutboxView(model.outbox(), messages),
                actionPanel(),
                new TokensView(model.tokens(), messages),
                signPanel(),
                new SignaturesView(model.signatures(), messages, model.preview()::goTo, model::openSignedVersion));
        side.setPrefWidth(360);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(380);
        root.setRight(scroll);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        Hyperlink openFile = new Hyperlink(messages.get("saved.openFile"));
        openFile.setId("open-saved-file");
        openFile.setOnAction(e -> SystemOpener.open(model.savedProperty().get()));
        Hyperlink openFolder = new Hyperlink(messages.get("saved.openFolder"));
        openFolder.setId("open-saved-folder");
        openFolder.setOnAction(
                e -> SystemOpener.open(model.savedProperty().get().getParent()));
        for (Hyperlink link : List.of(openFile, openFolder)) {
            link.visibleProperty().bind(model.savedProperty().isNotNull());
            link.managedProperty().bind(link.visibleProperty());
        }
        HBox bar = new HBox(8, status, openFile, openFolder);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(bar);
    }

    private VBox actionPanel() {
        Label heading = Panels.heading(messages.get("action.heading"));
        VBox panel = new VBox(4, heading);
        panel.getStyleClass().add("panel");
        panel.setPadding(new Insets(8));
        ToggleGroup group = new ToggleGroup();
        // Two columns: eight actions in one would push the file's verdict off a laptop's screen.
        javafx.scene.layout.GridPane choices = new javafx.scene.layout.GridPane();
        choices.setHgap(8);
        choices.setVgap(4);
        for (int column = 0; column < 2; column++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            choices.getColumnConstraints().add(half);
        }
        int shown = 0;
        for (SignatureKind action : SignatureKind.values()) {
            if (action == SignatureKind.INVISIBLE) {
                continue; // the desktop signs what the user sees; invisible signatures are the CLI's
            }
            RadioButton choice = new RadioButton(messages.get("action." + action.name()));
            choice.setId("action-" + action.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setUserData(action);
            choice.setWrapText(true);
            choice.setSelected(action == model.placement().actionProperty().get());
            choices.add(choice, shown % 2, shown / 2);
            shown++;
        }
        panel.getChildren().add(choices);
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.placement().actionProperty().set((SignatureKind) now.getUserData());
            }
        });
        // The action also changes without a click: a document from the server asks for one.
        model.placement().actionProperty().addListener((o, old, now) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now)
                .findFirst()
                .ifPresent(group::selectToggle));
        Label hint = new Label(messages.get("place.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setTooltip(new Tooltip(messages.get("place.keys")));
        Button automatic = new Button(messages.get("place.automatic"));
        automatic.setTooltip(new Tooltip(messages.get("place.keys")));
        automatic.setOnAction(e -> {
            model.placement().forgetHandPlacement();
            model.replan();
        });
        panel.getChildren()
                .addAll(ActionFields.of(
                        model.clerk(),
                        model.initialPagesProperty(),
                        model.placement().actionProperty(),
                        messages,
                        model::replan));
        panel.getChildren().addAll(hint, automatic);
        return panel;
    }

    private VBox signPanel() {
        Button sign = new Button(messages.get("sign.button"));
        sign.setId("sign");
        sign.getStyleClass().add("sign-button");
        sign.setMaxWidth(Double.MAX_VALUE);
        // The button says what it will do ("Ký phê duyệt", "Ký tắt 45 trang"): no one initials by mistake.
        sign.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> signLabel(
                                model.placement().actionProperty().get(),
                                model.placement().marks().size()),
                        model.placement().actionProperty(),
                        model.placement().marks()));
        sign.setTooltip(new Tooltip(messages.get("sign.button") + " (Ctrl+Enter)"));
        // While a batch is on screen its own "Sign all" signs; this button would sign one file outside it.
        sign.disableProperty()
                .bind(model.canSignProperty()
                        .not()
                        .or(model.bridge().batches().shownProperty().isNotNull()));
        sign.setOnAction(e -> model.sign());
        HBox.setHgrow(sign, Priority.ALWAYS);
        Button cancel = new Button(messages.get("sign.cancel"));
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.busyProperty());
        HBox row = new HBox(8, sign, cancel, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        Label login = new Label(messages.get("sign.loginFirst"));
        login.setId("sign-login-hint");
        login.setWrapText(true);
        login.getStyleClass().add("hint");
        login.visibleProperty().bind(model.needsLoginProperty());
        login.managedProperty().bind(login.visibleProperty());
        VBox panel = new VBox(4, row, login);
        panel.getStyleClass().add("panel");
        panel.setPadding(new Insets(8));
        return panel;
    }

    /** The Sign button's words for the chosen action; initials say how many pages they mark. */
    private String signLabel(SignatureKind action, int marks) {
        return action == SignatureKind.INITIALS && marks > 0
                ? messages.get("sign.button.INITIALS.pages", String.valueOf(marks))
                : messages.get("sign.button." + action.name());
    }

    private void bind() {
        model.documentProperty().addListener((o, old, now) -> {
            pages.show(now);
            thumbnails.show(now);
        });
        Runnable redraw = pages::redrawOverlays;
        model.placement().blockProperty().addListener((Observable o) -> redraw.run());
        model.placement().actionProperty().addListener((Observable o) -> redraw.run());
        model.placement().marks().addListener((ListChangeListener.Change<?> c) -> redraw.run());
        model.highlightProperty().addListener((Observable o) -> redraw.run());
        model.signatures().changedPages().addListener((Observable o) -> redraw.run());
        model.signatures().changedAreas().addListener((Observable o) -> redraw.run());
        model.appearanceImageProperty().addListener((o, old, now) -> {
            appearance = now == null ? null : new Image(new ByteArrayInputStream(now));
            redraw.run();
        });
    }

    /** A page's Config call (VGCA mode) opens the settings as the toolbar button does. */
    private void openSettingsWhenAsked() {
        model.settingsAskedProperty().addListener((o, old, now) -> {
            if (root.getScene() != null && root.getScene().getWindow() != null) {
                editSettings();
            }
        });
    }

    private void editSettings() {
        SettingsViewModel settings =
                new SettingsViewModel(model.settingsProperty().get(), messages);
        new SettingsView(settings, messages, dialogs, model.demoSamples())
                .showAndWait(root.getScene().getWindow())
                .ifPresent(model::saveSettings);
    }

    /**
     * Binds the window title to the open document's name and sizes the window to the screen it
     * opens on (its visual bounds: without the task bar or dock), so that the toolbar and the status
     * bar are on screen from 1280×720 up.
     */
    public void attach(Stage stage) {
        stage.titleProperty().bind(model.titleProperty());
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        WindowBounds bounds =
                WindowBounds.fit(visual.getMinX(), visual.getMinY(), visual.getWidth(), visual.getHeight());
        // The stage's size is the window's outer size, title bar included; the scene fills the rest.
        stage.setScene(scene(bounds.width(), bounds.height() - TITLE_BAR_ALLOWANCE));
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setMinWidth(Math.min(960, visual.getWidth()));
        stage.setMinHeight(Math.min(600, visual.getHeight()));
    }
}
