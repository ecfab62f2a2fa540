/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog a view model may open, so that view models stay testable without a window. Methods
 * may be called from any thread; they block until the user answers.
 */
public interface DialogService {
    /** A PDF to open, or empty when the user cancels. */
    Optional<Path> chooseDocument();

    /** Several PDFs to sign one after the other, or none when the user cancels. */
    default List<Path> chooseDocuments() {
        return chooseDocument().map(List::of).orElse(List.of());
    }

    /** A PNG image for the profile, or empty. */
    Optional<Path> chooseImage();

    /** A certificate file (trust anchor) or a PKCS#11 module, or empty. */
    Optional<Path> chooseFile(String title);

    /**
     * The PIN typed by the user, as a fresh array the caller wipes, or empty when the user cancels.
     * Never remembered by the dialog.
     */
    Optional<char[]> askPin(PinPrompt prompt);

    /**
     * The password of an encrypted PDF, or empty.
     *
     * @param wrongBefore the password typed last time did not open it: the dialog says so
     */
    Optional<char[]> askPassword(String document, boolean wrongBefore);

    /**
     * Where to save a copy of a file, chosen by the user (the dialog asks before replacing a file),
     * or empty when the user cancels.
     */
    Optional<Path> chooseSaveLocation(String suggestedName);

    /** Whether the user confirms {@code question}; {@code detail} says what follows. */
    boolean confirm(String question, String detail);

    void showError(UserError error);
}
