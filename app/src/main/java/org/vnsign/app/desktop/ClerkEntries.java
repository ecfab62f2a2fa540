/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.vnsign.app.settings.Settings;
import org.vnsign.signer.CopyForm;
import org.vnsign.signer.Corner;
import org.vnsign.signer.IssueNumbering;

/**
 * What the clerk types for the agency's signatures (Decree 30 Art. 32, 25 and 22): the document's
 * number and notation (printed at issue, on an annex, on a copy, or the incoming number), the issue
 * date, the copy's form (sao y, trích sao, sao lục), the incoming stamp's corner, and a person's
 * comment. Emptied for each document (but the corner), so one letter's number never reaches the next.
 */
final class ClerkEntries {
    /** The entries as they are when a request is made. */
    record Values(String documentNumber, LocalDate issuedDate, CopyForm copyForm, Corner stampCorner, String comment) {
        static Values none() {
            return new Values("", null, CopyForm.SAO_Y, Corner.TOP_LEFT, "");
        }

        IssueNumbering numbering() {
            return IssueNumbering.of(documentNumber, issuedDate);
        }
    }

    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedDate = new SimpleObjectProperty<>();
    private final ObjectProperty<CopyForm> copyForm = new SimpleObjectProperty<>(CopyForm.SAO_Y);
    /** Where the incoming stamp goes: Settings' choice, changed for one document in the window. */
    private final ObjectProperty<Corner> stampCorner = new SimpleObjectProperty<>(Corner.TOP_LEFT);

    private final StringProperty comment = new SimpleStringProperty("");

    StringProperty documentNumberProperty() {
        return documentNumber;
    }

    ObjectProperty<LocalDate> issuedDateProperty() {
        return issuedDate;
    }

    ObjectProperty<CopyForm> copyFormProperty() {
        return copyForm;
    }

    ObjectProperty<Corner> stampCornerProperty() {
        return stampCorner;
    }

    /** The stamp's corner follows the one chosen in Settings, now and whenever the settings are saved. */
    void followStampCorner(ObservableValue<Settings> settings) {
        Consumer<Settings> use = chosen -> {
            if (chosen != null) {
                try {
                    stampCorner.set(Corner.valueOf(chosen.stampCorner()));
                } catch (IllegalArgumentException e) {
                    stampCorner.set(Corner.TOP_LEFT);
                }
            }
        };
        use.accept(settings.getValue());
        settings.addListener((o, old, now) -> use.accept(now));
    }

    StringProperty commentProperty() {
        return comment;
    }

    Values values() {
        return new Values(
                documentNumber.get() == null ? "" : documentNumber.get().strip(),
                issuedDate.get(),
                copyForm.get() == null ? CopyForm.SAO_Y : copyForm.get(),
                stampCorner.get() == null ? Corner.TOP_LEFT : stampCorner.get(),
                comment.get() == null ? "" : comment.get().strip());
    }

    /** What a page or a server asked for: the number, and the date when it gave one. */
    void preset(String number, LocalDate date) {
        documentNumber.set(number == null ? "" : number);
        issuedDate.set(date);
    }

    void reset() {
        documentNumber.set("");
        issuedDate.set(null);
        copyForm.set(CopyForm.SAO_Y);
        comment.set("");
    }
}
