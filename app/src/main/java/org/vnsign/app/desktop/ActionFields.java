/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.CopyForm;
import org.vnsign.signer.Corner;
import org.vnsign.signer.SignatureKind;

/**
 * The fields beside the actions, each shown only for the action that uses it: the pages to
 * initial (initials), the clerk's number (issue, annex, copy; the incoming number), issue date
 * (issue), form of the copy (copy), the incoming stamp's corner, and the text of a comment. A typed value places the appearance again when the user is done with it.
 */
final class ActionFields {
    private ActionFields() {}

    static List<Node> of(
            ClerkEntries clerk,
            StringProperty initialPages,
            ObjectProperty<SignatureKind> action,
            Messages messages,
            Runnable replan) {
        TextField number = entry(messages.get("action.documentNumber"), clerk.documentNumberProperty(), replan);
        number.setId("document-number");
        SignatureKind[] numbered = {SignatureKind.ANNEX, SignatureKind.ISSUE, SignatureKind.COPY, SignatureKind.INCOMING
        };
        showFor(number, action, numbered);
        // The field keeps saying what its number is once typed into (the prompt is gone by then).
        Label numberLabel = new Label();
        numberLabel.setWrapText(true);
        numberLabel.setLabelFor(number);
        numberLabel
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> switch (action.get() == null ? SignatureKind.APPROVAL : action.get()) {
                            case COPY -> messages.get("action.numberOfCopy");
                            case INCOMING -> messages.get("action.numberIncoming");
                            default -> messages.get("action.numberOfDocument");
                        },
                        action));
        showFor(numberLabel, action, numbered);
        TextField pages = entry(messages.get("action.pages"), initialPages, replan);
        showFor(pages, action, SignatureKind.INITIALS);

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
        form.setConverter(named(messages, "copyForm."));
        form.valueProperty().bindBidirectional(clerk.copyFormProperty());
        form.setAccessibleText(messages.get("action.copyForm"));
        showFor(form, action, SignatureKind.COPY);

        ChoiceBox<Corner> corner = new ChoiceBox<>();
        corner.setId("stamp-corner");
        corner.getItems().setAll(Corner.values());
        corner.setConverter(named(messages, "settings.value."));
        corner.valueProperty().bindBidirectional(clerk.stampCornerProperty());
        corner.setAccessibleText(messages.get("action.stampCorner"));
        corner.valueProperty().addListener((o, was, now) -> replan.run());
        showFor(corner, action, SignatureKind.INCOMING);

        TextArea comment = new TextArea();
        comment.setId("comment-text");
        comment.setPromptText(messages.get("action.comment"));
        comment.setAccessibleText(messages.get("action.comment"));
        comment.setWrapText(true);
        comment.setPrefRowCount(4);
        comment.textProperty().bindBidirectional(clerk.commentProperty());
        comment.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                replan.run();
            }
        });
        showFor(comment, action, SignatureKind.COMMENT);
        return List.of(numberLabel, number, dateLabel, date, form, corner, comment, pages);
    }

    /** Shows an enum constant by its message {@code prefix + name}. */
    private static <E extends Enum<E>> StringConverter<E> named(Messages messages, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    /** A text field bound to {@code value} that places the appearance again on Enter and when left. */
    private static TextField entry(String prompt, StringProperty value, Runnable replan) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> replan.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                replan.run();
            }
        });
        return field;
    }

    private static void showFor(Node node, ObjectProperty<SignatureKind> action, SignatureKind... kinds) {
        node.visibleProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> List.of(kinds).contains(action.get()), action));
        node.managedProperty().bind(node.visibleProperty());
    }
}
