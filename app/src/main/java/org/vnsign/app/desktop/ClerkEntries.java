/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vnsign.signer.CopyForm;
import org.vnsign.signer.IssueNumbering;

/**
 * What the clerk types for the agency's signatures (Decree 30 Art. 32 and 25): the document's
 * number and notation (printed at issue, on an annex), the issue date, and the copy's form (sao y,
 * trích sao, sao lục). Emptied for each document, so one letter's number never reaches the next.
 */
final class ClerkEntries {
    /** The entries as they are when a request is made. */
    record Values(String documentNumber, LocalDate issuedDate, CopyForm copyForm) {
        static Values none() {
            return new Values("", null, CopyForm.SAO_Y);
        }

        IssueNumbering numbering() {
            return IssueNumbering.of(documentNumber, issuedDate);
        }
    }

    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedDate = new SimpleObjectProperty<>();
    private final ObjectProperty<CopyForm> copyForm = new SimpleObjectProperty<>(CopyForm.SAO_Y);

    StringProperty documentNumberProperty() {
        return documentNumber;
    }

    ObjectProperty<LocalDate> issuedDateProperty() {
        return issuedDate;
    }

    ObjectProperty<CopyForm> copyFormProperty() {
        return copyForm;
    }

    Values values() {
        return new Values(
                documentNumber.get() == null ? "" : documentNumber.get().strip(),
                issuedDate.get(),
                copyForm.get() == null ? CopyForm.SAO_Y : copyForm.get());
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
    }
}
