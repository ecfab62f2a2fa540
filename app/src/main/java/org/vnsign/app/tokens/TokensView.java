/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.tokens;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.ui.Cells;
import org.vnsign.app.ui.Panels;

/**
 * The token panel: tokens with their state, login, certificates (unsuitable ones greyed with the
 * reason), and the diagnostics of every probed driver.
 */
public final class TokensView extends VBox {
    public TokensView(TokensViewModel model, Messages messages) {
        super(6);
        setPadding(new Insets(8));
        getStyleClass().add("panel");
        Label heading = Panels.heading(messages.get("tokens.heading"));

        ListView<TokenRow> tokens = new ListView<>(model.tokens());
        tokens.setId("token-list");
        tokens.setAccessibleText(messages.get("tokens.heading"));
        tokens.setPrefHeight(90);
        tokens.setCellFactory(list -> Cells.wrapping(new TokenCell(), list));
        tokens.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.choose(now));
        model.selectedTokenProperty()
                .addListener((o, old, now) -> tokens.getSelectionModel().select(now));

        Button login = new Button(messages.get("tokens.login"));
        login.setId("login");
        login.disableProperty()
                .bind(model.selectedTokenProperty()
                        .isNull()
                        .or(model.busyProperty())
                        .or(model.loggedInProperty()));
        login.setOnAction(e -> model.login());
        Button refresh = new Button(messages.get("tokens.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Button diagnostics = new Button(messages.get("tokens.diagnostics"));
        diagnostics.setOnAction(e -> DiagnosticsView.show(getScene().getWindow(), model.diagnostics(), messages));
        HBox buttons = new HBox(6, login, refresh, diagnostics);

        Label certificatesHeading = new Label(messages.get("tokens.certificates"));
        ListView<CertificateRow> certificates = new ListView<>(model.certificates());
        certificates.setId("certificate-list");
        certificates.setAccessibleText(messages.get("tokens.certificates"));
        certificates.setPrefHeight(120);
        certificates.setCellFactory(list -> Cells.wrapping(new CertificateCell(messages), list));
        certificates.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            model.chooseCertificate(now);
            if (now != null && !now.suitable()) {
                certificates
                        .getSelectionModel()
                        .select(model.selectedCertificateProperty().get());
            }
        });
        model.selectedCertificateProperty().addListener((o, old, now) -> {
            certificates.getSelectionModel().select(now);
            if (now != null) {
                certificates.scrollTo(now);
            }
        });

        Label status = Panels.status(model.statusProperty());
        getChildren().addAll(heading, tokens, buttons, status, certificatesHeading, certificates);
    }

    private static final class TokenCell extends ListCell<TokenRow> {
        @Override
        protected void updateItem(TokenRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("unusable", "demo");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.label() + "\n" + row.detail() + " — " + row.state());
            if (!row.usable()) {
                getStyleClass().add("unusable");
            }
            if (row.demo()) {
                getStyleClass().add("demo");
            }
        }
    }

    private static final class CertificateCell extends ListCell<CertificateRow> {
        private final Messages messages;

        CertificateCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(CertificateRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("unusable");
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            StringBuilder text = new StringBuilder(row.name());
            if (!row.title().isEmpty()) {
                text.append("\n").append(row.title());
            }
            if (!row.agency().isEmpty()) {
                text.append("\n").append(row.agency());
            }
            text.append("\n").append(messages.get("certs.issuer", row.issuer()));
            text.append("\n").append(row.validity()).append(" · ").append(row.usage());
            if (!row.suitable()) {
                text.append("\n").append(messages.get("certs.flags", row.unsuitable()));
                getStyleClass().add("unusable");
            }
            setText(text.toString());
            setTooltip(new javafx.scene.control.Tooltip("SHA-256: " + row.fingerprint()));
        }
    }
}
