/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;

/** The pieces every side panel shares, so that they look and behave alike. */
public final class Panels {
    private Panels() {}

    /** A panel's title. */
    public static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("heading");
        return heading;
    }

    /** A wrapped line showing {@code text}, taking no room while it is empty. */
    public static Label status(StringProperty text) {
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(text);
        status.visibleProperty().bind(Bindings.isNotEmpty(text));
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }
}
