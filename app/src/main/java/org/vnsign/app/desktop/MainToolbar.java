/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.preview.PreviewViewModel;

/** The window's toolbar: open and recent files, page navigation, zoom, settings; each names its shortcut. */
final class MainToolbar {
    private MainToolbar() {}

    static ToolBar of(MainViewModel model, Messages messages, Runnable editSettings) {
        Button open = new Button(messages.get("open.button"));
        open.setId("open");
        open.setTooltip(new Tooltip(messages.get("open.button") + " (Ctrl+O)"));
        open.setOnAction(e -> model.openChosen());
        Button several = new Button(messages.get("batch.button"));
        several.setId("sign-several");
        several.setTooltip(new Tooltip(messages.get("batch.tooltip")));
        several.setOnAction(e -> model.signSeveral());
        MenuButton recent = new MenuButton(messages.get("open.recent"));
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (String file : model.settingsProperty().get().recentFiles()) {
                MenuItem item = new MenuItem(file);
                item.setOnAction(a -> model.open(Path.of(file)));
                recent.getItems().add(item);
            }
        });
        Button previous = new Button("◀");
        previous.setAccessibleText(messages.get("view.previous"));
        previous.setTooltip(new Tooltip(messages.get("view.previous") + " (Ctrl+PgUp)"));
        previous.setOnAction(e -> model.preview().previous());
        Button next = new Button("▶");
        next.setAccessibleText(messages.get("view.next"));
        next.setTooltip(new Tooltip(messages.get("view.next") + " (Ctrl+PgDn)"));
        next.setOnAction(e -> model.preview().next());
        TextField page = new TextField();
        page.setId("page-number");
        page.setPrefColumnCount(3);
        page.setAccessibleText(messages.get("view.page"));
        model.preview().currentPageProperty().addListener((o, old, now) -> page.setText(String.valueOf(now)));
        page.setOnAction(e -> {
            try {
                model.preview().goTo(Integer.parseInt(page.getText().strip()));
            } catch (NumberFormatException ignored) {
                page.setText(
                        String.valueOf(model.preview().currentPageProperty().get()));
            }
        });
        Label count = new Label();
        count.textProperty().bind(Bindings.concat("/ ", model.preview().pageCountProperty()));
        Button fitWidth = new Button(messages.get("view.fitWidth"));
        fitWidth.setOnAction(e -> model.preview().fitWidth());
        fitWidth.setTooltip(new Tooltip(messages.get("view.fitWidth") + " (Ctrl+0)"));
        Button fitPage = new Button(messages.get("view.fitPage"));
        fitPage.setOnAction(e -> model.preview().fitPage());
        fitPage.setTooltip(new Tooltip(messages.get("view.fitPage") + " (Ctrl+1)"));
        ComboBox<String> zoom = new ComboBox<>();
        zoom.setEditable(true);
        zoom.setPrefWidth(90);
        zoom.setAccessibleText(messages.get("view.zoom"));
        PreviewViewModel.PRESETS.forEach(p -> zoom.getItems().add(p + " %"));
        model.preview().percentProperty().addListener((o, old, now) -> zoom.getEditor()
                .setText(Math.round(now.doubleValue()) + " %"));
        zoom.setOnAction(e -> {
            String value = zoom.getValue() == null
                    ? ""
                    : zoom.getValue().replace("%", "").strip();
            try {
                model.preview().zoomTo(Double.parseDouble(value));
            } catch (NumberFormatException ignored) {
                zoom.getEditor()
                        .setText(Math.round(model.preview().percentProperty().get()) + " %");
            }
        });
        Button zoomOut = new Button("−");
        zoomOut.setAccessibleText(messages.get("view.zoomOut"));
        zoomOut.setTooltip(new Tooltip(messages.get("view.zoomOut") + " (Ctrl+−)"));
        zoomOut.setOnAction(e -> model.preview().zoomOut());
        Button zoomIn = new Button("+");
        zoomIn.setAccessibleText(messages.get("view.zoomIn"));
        zoomIn.setTooltip(new Tooltip(messages.get("view.zoomIn") + " (Ctrl++)"));
        zoomIn.setOnAction(e -> model.preview().zoomIn());
        Button settings = new Button(messages.get("settings.heading"));
        settings.setId("settings");
        settings.setOnAction(e -> editSettings.run());
        return new ToolBar(
                open,
                several,
                recent,
                new Separator(),
                previous,
                page,
                count,
                next,
                new Separator(),
                fitWidth,
                fitPage,
                zoomOut,
                zoom,
                zoomIn,
                new Separator(),
                settings);
    }
}
