/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.tokens;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.vnsign.app.i18n.Messages;

/** Every PKCS#11 module and key source probed, with the result: for support, with "Copy details". */
final class DiagnosticsView {
    private DiagnosticsView() {}

    static void show(Window owner, List<SourceRow> rows, Messages messages) {
        TableView<SourceRow> table = new TableView<>();
        table.getItems().setAll(rows);
        table.getColumns().add(column(messages.get("diagnostics.kind"), SourceRow::kind));
        table.getColumns().add(column(messages.get("diagnostics.location"), SourceRow::location));
        table.getColumns().add(column(messages.get("diagnostics.vendor"), SourceRow::vendor));
        table.getColumns().add(column(messages.get("diagnostics.state"), SourceRow::state));
        table.getColumns().add(column(messages.get("diagnostics.detail"), SourceRow::detail));
        table.setPrefSize(900, 400);
        ButtonType copy = new ButtonType(messages.get("ui.copyDetails"));
        Alert alert = new Alert(
                Alert.AlertType.INFORMATION,
                "",
                copy,
                org.vnsign.app.ui.DialogButtons.of(messages).close());
        alert.initOwner(owner);
        alert.setTitle(messages.get("tokens.diagnostics"));
        alert.setHeaderText(messages.get("diagnostics.header"));
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        alert.showAndWait().filter(copy::equals).ifPresent(b -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(rows.stream()
                    .map(r -> String.join("\t", r.kind(), r.location(), r.vendor(), r.state(), r.detail()))
                    .collect(Collectors.joining("\n")));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static TableColumn<SourceRow, String> column(
            String title, java.util.function.Function<SourceRow, String> value) {
        TableColumn<SourceRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(170);
        return column;
    }
}
