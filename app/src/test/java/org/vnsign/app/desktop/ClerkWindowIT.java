/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.CopyForm;
import org.vnsign.signer.Corner;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.images.TestImages;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * The clerk's day in the real window under Xvfb (issue 22): the leader's approval, then the issue
 * with the number and date typed into the window's own fields, each form of copy with its own
 * number, the incoming stamp and a comment; every file judged by DSS and pdfsig, and what is printed
 * read back from the PDF. Screenshots go to {@code target/screenshots/clerk-*.png}.
 */
@SoftHsmTest
class ClerkWindowIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private TestTokens tokens;
    private Stage stage;
    private DesktopWindow window;
    private final WindowDriver driver = new WindowDriver(() -> window);

    @BeforeAll
    static void startJavaFx() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void settings() throws Exception {
        tokens = TestTokens.shared();
        Map<String, Object> settings = WindowDriver.testSettings(dir, tokens);
        settings.put(
                "sealImage",
                Files.write(dir.resolve("con-dau.png"), TestImages.seal()).toString());
        WindowDriver.useSettings(dir, settings);
    }

    @AfterEach
    void close() throws Exception {
        WindowDriver.close(window, stage);
    }

    private MainViewModel model() {
        return window.model();
    }

    /** Clicks the action's radio button and waits until its block is placed for the chosen certificate. */
    private void choose(String action) throws Exception {
        Fx.run(() -> ((RadioButton) Fx.find("#action-" + action).orElseThrow()).fire());
        awaitBlock(action);
    }

    private void awaitBlock(String what) throws Exception {
        Fx.settled(stage.getScene());
        Fx.waitUntil(
                what + " is placed",
                WAIT,
                () -> model().placement().blockProperty().get() != null
                        && !model().previewOnlyProperty().get()
                        && !model().busyProperty().get());
    }

    /** Types into a field as a person does and presses Enter, which places the appearance again. */
    private void type(String id, String text) throws Exception {
        Fx.run(() -> {
            TextField field = (TextField) Fx.find("#" + id).orElseThrow();
            assertThat(field.isVisible()).as(id + " is shown for this action").isTrue();
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
    }

    /** Signs, waits for the verdict of {@code signatures} signatures, and returns the file now shown. */
    private Path sign(int signatures, String screenshot) throws Exception {
        driver.clickSignAndWaitForTheVerdict(signatures);
        Path signed = Fx.call(() -> model().documentProperty().get().file());
        Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve(screenshot));
        IndependentValidation.assertValid(signed, tokens.pki(), signatures);
        return signed;
    }

    private void reopen(Path file) throws Exception {
        Fx.run(() -> model().open(file));
        Fx.waitUntil(
                "the file is shown",
                WAIT,
                () -> model().documentProperty().get() != null
                        && model().documentProperty().get().file().equals(file)
                        && !model().busyProperty().get());
    }

    @Test
    void theClerkIssuesWithNumberAndDateMakesEachCopyStampsIncomingAndTheLeaderComments() throws Exception {
        Path draft = new Decree30Pdf()
                .numberAndDateLines("Số:          /QĐ-BTC", "Hà Nội, ngày        tháng        năm 2026")
                .write(dir.resolve("quyet-dinh.pdf"));
        window = Fx.call(() -> {
            stage = new Stage();
            return DesktopWindow.show(stage, List.of(draft.toString()), List.of());
        });
        Fx.waitUntil(
                "the document is open", WAIT, () -> model().documentProperty().get() != null);
        driver.chooseToken(TestTokens.MAIN_LABEL);
        driver.logInWithTheMainCertificateAndWaitForTheBlock();
        Path approved = sign(1, "clerk-approved.png");

        choose("issue");
        type("document-number", "15/QĐ-BTC");
        Fx.run(() -> ((DatePicker) Fx.find("#issued-date").orElseThrow()).setValue(LocalDate.of(2026, 12, 7)));
        awaitBlock("the issue");
        Path issued = sign(2, "clerk-issued.png");
        assertThat(PdfText.firstPage(issued))
                .containsPattern("Số: +15/QĐ-BTC")
                .containsPattern("ngày +07 +tháng +12 +năm 2026");
        assertThat(approved).exists();

        for (CopyForm form : CopyForm.values()) {
            reopen(issued);
            choose("copy");
            Fx.run(() -> {
                @SuppressWarnings("unchecked")
                ChoiceBox<CopyForm> forms =
                        (ChoiceBox<CopyForm>) Fx.find("#copy-form").orElseThrow();
                forms.setValue(form);
            });
            type("document-number", "0" + (form.ordinal() + 1) + "/SY-VP");
            awaitBlock("the copy");
            Path copy = sign(3, "clerk-copy-" + form.name().toLowerCase(java.util.Locale.ROOT) + ".png");
            assertThat(PdfText.withWidgets(copy))
                    .contains(form.label())
                    .contains("Số: 0" + (form.ordinal() + 1) + "/SY-VP");
        }

        reopen(issued);
        choose("incoming");
        Fx.run(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Corner> corners =
                    (ChoiceBox<Corner>) Fx.find("#stamp-corner").orElseThrow();
            corners.setValue(Corner.TOP_LEFT);
        });
        type("document-number", "245");
        awaitBlock("the incoming stamp");
        Path received = sign(3, "clerk-incoming.png");
        assertThat(PdfText.withWidgets(received)).containsPattern("ĐẾN +Số: 245");

        choose("comment");
        Fx.run(() -> {
            TextArea comment = (TextArea) Fx.find("#comment-text").orElseThrow();
            comment.requestFocus();
            comment.setText("Giao Vụ Ngân sách nhà nước chủ trì thực hiện.");
            Fx.find("#sign").orElseThrow().requestFocus();
        });
        awaitBlock("the comment");
        Path commented = sign(4, "clerk-comment.png");
        assertThat(PdfText.withWidgets(commented)).contains("Ý kiến: Giao Vụ Ngân sách nhà nước chủ trì thực hiện.");
    }
}
