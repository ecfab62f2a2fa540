/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.i18n.Messages;

/**
 * The dialogs of the desktop app. Callable from any thread: from a background task it shows the
 * dialog on the JavaFX thread and waits for the answer. The PIN field is cleared as soon as its
 * text is copied into the array handed to the caller.
 */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Messages messages;
    private Window owner;

    public FxDialogService(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window window) {
        this.owner = window;
    }

    @Override
    public Optional<Path> chooseDocument() {
        return onFx(() -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("open.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        });
    }

    @Override
    public List<Path> chooseDocuments() {
        return onFx(() -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("open.chooseSeveral"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"));
            List<File> chosen = chooser.showOpenMultipleDialog(owner);
            return chosen == null
                    ? List.<Path>of()
                    : chosen.stream().map(File::toPath).toList();
        });
    }

    @Override
    public Optional<Path> chooseImage() {
        return onFx(() -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png", "*.PNG"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        });
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        return onFx(() -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        });
    }

    @Override
    public Optional<Path> chooseSaveLocation(String suggestedName) {
        return onFx(() -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("outbox.saveTitle"));
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        });
    }

    @Override
    public boolean confirm(String question, String detail) {
        return onFx(() -> {
            DialogButtons buttons = DialogButtons.of(messages);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, buttons.ok(), buttons.cancel());
            alert.initOwner(owner);
            alert.setTitle("VNSign");
            alert.setHeaderText(question);
            alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
            return alert.showAndWait().filter(buttons.ok()::equals).isPresent();
        });
    }

    @Override
    public Optional<char[]> askPin(PinPrompt prompt) {
        return onFx(() -> secret(
                messages.get("pin.dialog.title"),
                messages.get("pin.dialog.header", prompt.token()),
                prompt.purpose(),
                prompt.warning(),
                prompt.hint(),
                "pin-field"));
    }

    @Override
    public Optional<char[]> askPassword(String document, boolean wrongBefore) {
        return onFx(() -> secret(
                messages.get("password.dialog.title"),
                messages.get("password.dialog.header", document),
                messages.get("password.dialog.purpose"),
                wrongBefore ? messages.get("password.dialog.wrong") : "",
                "",
                "password-field"));
    }

    @Override
    public void showError(UserError error) {
        onFx(() -> {
            ButtonType copy = new ButtonType(messages.get("ui.copyDetails"), ButtonBar.ButtonData.LEFT);
            ButtonType ok = DialogButtons.of(messages).ok();
            Alert alert = error.details().isEmpty()
                    ? new Alert(Alert.AlertType.ERROR, error.message(), ok)
                    : new Alert(Alert.AlertType.ERROR, error.message(), copy, ok);
            alert.initOwner(owner);
            alert.setTitle(error.title());
            alert.setHeaderText(null);
            if (!error.details().isEmpty()) {
                // Our own "Details" section: JavaFX's expandable content says "Show Details" in English.
                TextArea details = new TextArea(error.details());
                details.setEditable(false);
                details.setWrapText(true);
                TitledPane more = new TitledPane(messages.get("dialog.details"), details);
                more.setExpanded(false);
                Label message = new Label(error.message());
                message.setWrapText(true);
                alert.getDialogPane().setContent(new VBox(8, message, more));
            }
            alert.showAndWait().filter(copy::equals).ifPresent(b -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(error.message() + "\n" + error.details());
                Clipboard.getSystemClipboard().setContent(content);
            });
            return null;
        });
    }

    private Optional<char[]> secret(
            String title, String header, String purpose, String warning, String hint, String fieldId) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        PasswordField field = new PasswordField();
        field.setId(fieldId);
        field.setAccessibleText(purpose);
        VBox content = new VBox(8, new Label(purpose));
        if (!warning.isEmpty()) {
            Label warn = new Label(warning);
            warn.getStyleClass().add("pin-warning");
            warn.setWrapText(true);
            content.getChildren().add(warn);
        }
        if (!hint.isEmpty()) {
            Label help = new Label(hint);
            help.getStyleClass().add("demo");
            content.getChildren().add(help);
        }
        content.getChildren().add(field);
        dialog.getDialogPane().setContent(content);
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] typed = typedWithoutString(field);
        if (answer.filter(buttons.ok()::equals).isEmpty() || typed.length == 0) {
            java.util.Arrays.fill(typed, '\0');
            return Optional.empty();
        }
        return Optional.of(typed);
    }

    /**
     * The field's characters copied into an array without making a String of them (a String stays
     * in memory until collected and cannot be wiped), then the field's own buffer overwritten and
     * cleared.
     */
    static char[] typedWithoutString(PasswordField field) {
        CharSequence characters = field.getCharacters();
        int length = characters.length();
        char[] typed = new char[length];
        for (int i = 0; i < length; i++) {
            typed[i] = characters.charAt(i);
        }
        StringBuilder blanks = new StringBuilder(length);
        blanks.setLength(length);
        field.replaceText(0, length, blanks.toString());
        field.clear();
        return typed;
    }

    private static <T> T onFx(Supplier<T> dialog) {
        if (Platform.isFxApplicationThread()) {
            return dialog.get();
        }
        FutureTask<T> task = new FutureTask<>(dialog::get);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a dialog was open", e);
        } catch (ExecutionException e) {
            LOG.error("A dialog failed", e.getCause());
            throw new IllegalStateException("the dialog failed", e.getCause());
        }
    }
}
