/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.vnsign.app.i18n.Messages;

/** The yellow banner of a web page's request, above the document. */
final class BridgeBanner {
    private BridgeBanner() {}

    /**
     * Shown while a web page's request is on screen: who asks and for what, first before anything
     * is downloaded (open or refuse), then with the document shown (sign or refuse); for a batch,
     * which of its documents is shown, a button to look at the next, and one to sign them all.
     */
    static HBox of(DesktopSigningDesk desk, Messages messages) {
        BatchDesk batch = desk.batches();
        Label text = new Label();
        text.setWrapText(true);
        text.setId("bridge-request");
        Button accept = new Button(messages.get("bridge.open"));
        accept.setId("bridge-open");
        accept.setOnAction(e -> {
            if (batch.awaitingProperty().get() != null) {
                batch.accept();
            } else {
                desk.accept();
            }
        });
        shownWhen(
                accept,
                desk.awaitingProperty().isNotNull().or(batch.awaitingProperty().isNotNull()));
        Button next = new Button(messages.get("bridge.batchNext"));
        next.setId("bridge-batch-next");
        next.setOnAction(e -> batch.showNext());
        shownWhen(next, batch.shownProperty().isNotNull());
        Button signAll = new Button();
        signAll.setId("bridge-batch-sign");
        signAll.setOnAction(e -> batch.signAll());
        signAll.disableProperty().bind(batch.canSignAll().not());
        shownWhen(signAll, batch.shownProperty().isNotNull());
        Button refuse = new Button(messages.get("bridge.refuse"));
        refuse.setId("bridge-refuse");
        refuse.setOnAction(e -> {
            batch.refuse();
            desk.refuse();
        });
        HBox banner = new HBox(12, text, accept, next, signAll, refuse);
        // The buttons keep their words; the request's text wraps in what is left.
        for (Button button : new Button[] {accept, next, signAll, refuse}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        banner.getStyleClass().add("bridge-banner");
        banner.setPadding(new Insets(6, 10, 6, 10));
        banner.setAlignment(Pos.CENTER_LEFT);
        Runnable update = () -> {
            DesktopSigningDesk.Consent asked = desk.awaitingProperty().get();
            DesktopSigningDesk.Pending shown = desk.pendingProperty().get();
            BatchDesk.Consent batchAsked = batch.awaitingProperty().get();
            BatchDesk.Shown batchShown = batch.shownProperty().get();
            if (batchAsked != null) {
                text.setText(messages.get(
                        "bridge.batchConsent",
                        batchAsked.batch().origin(),
                        String.valueOf(batchAsked.batch().files().size())));
            } else if (batchShown != null && batchShown.batch().local()) {
                String count = String.valueOf(batchShown.files().size());
                String index = String.valueOf(batchShown.index() + 1);
                String name =
                        batchShown.files().get(batchShown.index()).getFileName().toString();
                text.setText(
                        batchShown.allSeen()
                                ? messages.get("batch.shown", count, index, name)
                                : messages.get("batch.lookFirst", count, index, name));
                signAll.setText(messages.get("bridge.batchSignAll", count));
            } else if (batchShown != null && !batchShown.allSeen()) {
                text.setText(messages.get(
                        "bridge.batchLookFirst",
                        batchShown.batch().origin(),
                        String.valueOf(batchShown.files().size()),
                        String.valueOf(batchShown.index() + 1),
                        batchShown.files().get(batchShown.index()).getFileName().toString()));
                signAll.setText(messages.get(
                        "bridge.batchSignAll", String.valueOf(batchShown.files().size())));
            } else if (batchShown != null) {
                String count = String.valueOf(batchShown.files().size());
                text.setText(messages.get(
                        "bridge.batchShown",
                        batchShown.batch().origin(),
                        count,
                        String.valueOf(batchShown.index() + 1),
                        batchShown.files().get(batchShown.index()).getFileName().toString()));
                signAll.setText(messages.get("bridge.batchSignAll", count));
            } else if (asked != null && asked.request().localFile()) {
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
        batch.awaitingProperty().addListener((o, old, now) -> update.run());
        batch.shownProperty().addListener((o, old, now) -> update.run());
        banner.visibleProperty()
                .bind(desk.pendingProperty()
                        .isNotNull()
                        .or(desk.awaitingProperty().isNotNull())
                        .or(batch.awaitingProperty().isNotNull())
                        .or(batch.shownProperty().isNotNull()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static void shownWhen(Button button, BooleanBinding condition) {
        button.visibleProperty().bind(condition);
        button.managedProperty().bind(button.visibleProperty());
    }
}
