/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.CopyForm;
import org.vnsign.signer.SignatureKind;

/**
 * The clerk's fields beside the actions, each shown only for the action that uses it: the number
 * and notation (issue, annex), the issue date (issue) and the form of the copy (copy).
 */
final class ClerkFields {
    private ClerkFields() {}

    static List<Node> of(ClerkEntries clerk, ObjectProperty<SignatureKind> action, Messages messages, Runnable replan) {
        TextField number = new TextField();
        number.setId("document-number");
        number.setPromptText(messages.get("action.documentNumber"));
        number.setAccessibleText(messages.get("action.documentNumber"));
        number.textProperty().bindBidirectional(clerk.documentNumberProperty());
        number.setOnAction(e -> replan.run());
        number.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                replan.run();
            }
        });
        showFor(number, action, SignatureKind.ANNEX, SignatureKind.ISSUE);

        Label dateLabel = new Label(messages.get("action.issuedDate"));
        dateLabel.setWrapText(true);
        DatePicker date = new DatePicker();
        date.setId("issued-date");
        date.setAccessibleText(messages.get("action.issuedDate"));
        date.valueProperty().bindBidirectional(clerk.issuedDateProperty());
        dateLabel.setLabelFor(date);
        showFor(dateLabel, action, SignatureKind.ISSUE);
        showFor(date, action, SignatureKind.ISSUE);

        ChoiceBox<CopyForm> form = new ChoiceBox<>();
        form.setId("copy-form");
        form.getItems().setAll(CopyForm.values());
        form.setConverter(new StringConverter<>() {
            @Override
            public String toString(CopyForm value) {
                return value == null ? "" : messages.get("copyForm." + value.name());
            }

            @Override
            public CopyForm fromString(String text) {
                return null;
            }
        });
        form.valueProperty().bindBidirectional(clerk.copyFormProperty());
        form.setAccessibleText(messages.get("action.copyForm"));
        showFor(form, action, SignatureKind.COPY);
        return List.of(number, dateLabel, date, form);
    }

    private static void showFor(Node node, ObjectProperty<SignatureKind> action, SignatureKind... kinds) {
        node.visibleProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> List.of(kinds).contains(action.get()), action));
        node.managedProperty().bind(node.visibleProperty());
    }
}
