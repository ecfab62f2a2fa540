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

    /**
     * A page's batch in the real window: the banner names the page and the count, "Sign all" stays
     * disabled until every document was shown with "Next document", then one click signs all three
     * with the PIN typed at log-in, and each reaches the upload handler valid.
     */
    @Test
    void aBatchFromAPageIsLookedAtInTheBannerAndSignedWithOneClick() throws Exception {
        Path first = new Decree30Pdf().write(dir.resolve("dau-tien.pdf"));
        window = Fx.call(() -> {
            stage = new Stage();
            return DesktopWindow.show(stage, List.of(first.toString()), List.of());
        });
        Fx.waitUntil(
                "the document is open", WAIT, () -> model().documentProperty().get() != null);
        driver.chooseToken(TestTokens.MAIN_LABEL);
        driver.logInWithTheMainCertificateAndWaitForTheBlock();
        try (org.vnsign.testsupport.services.QlvbServer server = new org.vnsign.testsupport.services.QlvbServer()) {
            List<org.vnsign.app.bridge.BatchRequest.File> files = new java.util.ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                server.offer(new org.vnsign.testsupport.services.QlvbServer.Waiting(
                        "lo-" + i,
                        "Văn bản " + i,
                        "approve",
                        "lo-" + i + ".pdf",
                        Files.readAllBytes(new Decree30Pdf().write(dir.resolve("lo-" + i + ".pdf")))));
                files.add(new org.vnsign.app.bridge.BatchRequest.File("f" + i, server.documentUrl("lo-" + i)));
            }
            var answer = model().bridge()
                    .offerBatch(new org.vnsign.app.bridge.BatchRequest(
                            "https://qlvb.example.gov.vn",
                            files,
                            server.uploadUrl("lo"),
                            org.vnsign.app.bridge.PageCredentials.none(),
                            Map.of()));
            Fx.waitUntil("the consent banner is shown", WAIT, () -> Fx.find("#bridge-open")
                    .map(javafx.scene.Node::isVisible)
                    .orElse(false));
            assertThat(Fx.call(() -> ((javafx.scene.control.Label)
                                    Fx.find("#bridge-request").orElseThrow())
                            .getText()))
                    .contains("https://qlvb.example.gov.vn")
                    .contains("3 văn bản");
            Fx.run(() -> ((javafx.scene.control.Button) Fx.find("#bridge-open").orElseThrow()).fire());
            Fx.waitUntil("the first document is shown", WAIT, () -> Fx.find("#bridge-batch-sign")
                    .map(javafx.scene.Node::isVisible)
                    .orElse(false));
            assertThat(Fx.call(() -> Fx.find("#bridge-batch-sign").orElseThrow().isDisabled()))
                    .as("not before every document was shown")
                    .isTrue();
            assertThat(Fx.call(() -> Fx.find("#sign").orElseThrow().isDisabled()))
                    .as("the window's own Sign button waits while a batch is on screen")
                    .isTrue();
            for (int i = 2; i <= 3; i++) {
                Fx.run(() -> ((javafx.scene.control.Button)
                                Fx.find("#bridge-batch-next").orElseThrow())
                        .fire());
                String name = "lo-" + i + ".pdf";
                Fx.waitUntil(
                        name + " is shown",
                        WAIT,
                        () -> model().documentProperty().get() != null
                                && model().documentProperty()
                                        .get()
                                        .file()
                                        .getFileName()
                                        .toString()
                                        .equals(name));
            }
            Fx.waitUntil("Sign all is enabled", WAIT, () -> !Fx.find("#bridge-batch-sign")
                    .orElseThrow()
                    .isDisabled());
            Fx.settled(stage.getScene());
            Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("clerk-batch-banner.png"));
            for (String id : List.of("#bridge-batch-next", "#bridge-batch-sign", "#bridge-refuse")) {
                javafx.scene.control.Button button =
                        Fx.call(() -> (javafx.scene.control.Button) Fx.find(id).orElseThrow());
                assertThat(Fx.call(() -> button.getWidth()))
                        .as(id + " shows its whole label, not \"...\"")
                        .isGreaterThanOrEqualTo(Fx.call(() -> button.prefWidth(-1)) - 0.5);
            }
            Fx.run(() ->
                    ((javafx.scene.control.Button) Fx.find("#bridge-batch-sign").orElseThrow()).fire());

            org.vnsign.app.bridge.BatchOutcome outcome = answer.get(2, java.util.concurrent.TimeUnit.MINUTES);
            assertThat(outcome.whole().status()).as(outcome.toString()).isEqualTo("signed");
            assertThat(outcome.files())
                    .hasSize(3)
                    .allSatisfy(file -> assertThat(file.outcome().status()).isEqualTo("signed"));
            assertThat(server.received()).hasSize(3);
            for (int i = 0; i < 3; i++) {
                Path uploaded = Files.write(
                        dir.resolve("uploaded-" + i + ".pdf"),
                        server.received().get(i).content());
                IndependentValidation.assertValid(uploaded, tokens.pki(), 1);
            }
        }
    }
}
