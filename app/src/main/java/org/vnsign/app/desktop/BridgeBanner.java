/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.vnsign.app.i18n.Messages;

/** The yellow banner of a web page's request, above the document. */
final class BridgeBanner {
    private BridgeBanner() {}

    /**
     * Shown while a web page's signing request is on screen: who asks and for what, first before
     * anything is downloaded (open or refuse), then with the document shown (sign or refuse).
     */
    static HBox of(DesktopSigningDesk desk, Messages messages) {
        Label text = new Label();
        text.setWrapText(true);
        text.setId("bridge-request");
        Button accept = new Button(messages.get("bridge.open"));
        accept.setId("bridge-open");
        accept.setOnAction(e -> desk.accept());
        accept.visibleProperty().bind(desk.awaitingProperty().isNotNull());
        accept.managedProperty().bind(accept.visibleProperty());
        Button refuse = new Button(messages.get("bridge.refuse"));
        refuse.setId("bridge-refuse");
        refuse.setOnAction(e -> desk.refuse());
        HBox banner = new HBox(12, text, accept, refuse);
        banner.getStyleClass().add("bridge-banner");
        banner.setPadding(new Insets(6, 10, 6, 10));
        banner.setAlignment(Pos.CENTER_LEFT);
        Runnable update = () -> {
            DesktopSigningDesk.Consent asked = desk.awaitingProperty().get();
            DesktopSigningDesk.Pending shown = desk.pendingProperty().get();
            if (asked != null && asked.request().localFile()) {
                text.setText(messages.get("bridge.consentLocal", asked.request().origin()));
            } else if (asked != null) {
                text.setText(messages.get(
                        "bridge.consent",
                        asked.request().origin(),
                        asked.request().document().getHost()));
            } else if (shown != null) {
                text.setText(messages.get(
                        "bridge.banner",
                        shown.request().origin(),
                        shown.file().getFileName().toString()));
            } else {
                text.setText("");
            }
        };
        desk.awaitingProperty().addListener((o, old, now) -> update.run());
        desk.pendingProperty().addListener((o, old, now) -> update.run());
        banner.visibleProperty()
                .bind(desk.pendingProperty()
                        .isNotNull()
                        .or(desk.awaitingProperty().isNotNull()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
