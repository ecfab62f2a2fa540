/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.vnsign.app.i18n.Messages;

/**
 * The dialogs' standard buttons in the user's language. JavaFX's own {@code ButtonType.OK},
 * {@code CANCEL} and {@code CLOSE} take their words from JavaFX, which has no Vietnamese: a
 * Vietnamese window would ask "OK / Cancel". These keep JavaFX's button roles (default, cancel,
 * order on each system) with VNSign's words.
 */
public record DialogButtons(ButtonType ok, ButtonType cancel, ButtonType close) {
    public static DialogButtons of(Messages messages) {
        return new DialogButtons(
                new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE),
                new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE),
                new ButtonType(messages.get("dialog.close"), ButtonData.CANCEL_CLOSE));
    }
}
