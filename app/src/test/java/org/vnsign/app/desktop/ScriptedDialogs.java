/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.vnsign.app.ui.DialogService;
import org.vnsign.app.ui.PinPrompt;
import org.vnsign.app.ui.UserError;

/** A {@link DialogService} that answers from a script and remembers what it was shown. */
final class ScriptedDialogs implements DialogService {
    final Deque<Optional<String>> pins = new ArrayDeque<>();
    final List<PinPrompt> pinPrompts = new ArrayList<>();
    final List<UserError> errors = new ArrayList<>();
    Optional<Path> document = Optional.empty();
    /** What "Sign several" picks. */
    List<Path> documents = List.of();

    Optional<String> password = Optional.empty();
    Optional<Path> saveLocation = Optional.empty();
    /** Passwords typed in turn (before falling back to {@link #password}); each prompt's "wrong before" flag. */
    final java.util.Deque<Optional<String>> passwords = new java.util.ArrayDeque<>();

    final List<Boolean> passwordPrompts = new ArrayList<>();
    boolean confirms;
    final List<String> questions = new ArrayList<>();
    /** The detail shown under each question, in turn. */
    final List<String> details = new ArrayList<>();

    ScriptedDialogs answerPin(String pin) {
        pins.add(Optional.of(pin));
        return this;
    }

    ScriptedDialogs cancelPin() {
        pins.add(Optional.empty());
        return this;
    }

    @Override
    public Optional<Path> chooseDocument() {
        return document;
    }

    @Override
    public List<Path> chooseDocuments() {
        return documents;
    }

    @Override
    public Optional<Path> chooseImage() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        return Optional.empty();
    }

    @Override
    public Optional<char[]> askPin(PinPrompt prompt) {
        pinPrompts.add(prompt);
        if (pins.isEmpty()) {
            throw new AssertionError("a PIN was asked that the test did not expect: " + prompt);
        }
        return pins.poll().map(String::toCharArray);
    }

    @Override
    public Optional<char[]> askPassword(String documentName, boolean wrongBefore) {
        passwordPrompts.add(wrongBefore);
        return passwords.isEmpty()
                ? password.map(String::toCharArray)
                : passwords.poll().map(String::toCharArray);
    }

    @Override
    public Optional<Path> chooseSaveLocation(String suggestedName) {
        return saveLocation;
    }

    @Override
    public boolean confirm(String question, String detail) {
        questions.add(question);
        details.add(detail);
        return confirms;
    }

    @Override
    public void showError(UserError error) {
        errors.add(error);
    }
}
