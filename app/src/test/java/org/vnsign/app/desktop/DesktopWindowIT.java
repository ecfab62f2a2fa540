/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.demo.DemoToken;
import org.vnsign.app.signatures.SignatureRow;
import org.vnsign.app.signatures.SignatureStatus;
import org.vnsign.testsupport.browser.Chromium;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.services.QlvbServer;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * The desktop app in a real window (under Xvfb on Linux): open a document, place the signature,
 * sign with the SoftHSM2 token through the real PIN dialog, and see the signature panel turn
 * green; a newcomer's flow with the demo token; and a document from the QLVB server signed, kept
 * in pending uploads while the server fails, and returned by "Retry now". Runs twice: on a 1920×1080 screen (screenshots in {@code
 * target/screenshots}) and in the {@code laptop-screen} execution on 1366×768 ({@code
 * target/screenshots/1366x768}).
 */
@SoftHsmTest
class DesktopWindowIT {
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
        WindowDriver.useSettings(dir, WindowDriver.testSettings(dir, tokens));
    }

    private void writeSettings(Map<String, Object> settings) throws Exception {
        WindowDriver.useSettings(dir, settings);
    }

    @AfterEach
    void close() throws Exception {
        WindowDriver.close(window, stage);
    }

    /** Opens the main window as the app does, with {@code files} and the bridge's extra {@code origins}. */
    private void open(List<String> files, List<String> origins) throws Exception {
        window = Fx.call(() -> {
            stage = new Stage();
            return DesktopWindow.show(stage, files, origins);
        });
    }

    private void show(Path document) throws Exception {
        open(List.of(document.toString()), List.of());
        Fx.waitUntil(
                "the document is open",
                WAIT,
                () -> window.model().documentProperty().get() != null);
    }

    @Test
    void signsWithTheTokenThroughThePinDialogAndThePanelTurnsGreen() throws Exception {
        Path input = new Decree30Pdf().pages(3).write(dir.resolve("to-trinh.pdf"));
        show(input);
        assertThat(Fx.call(() -> stage.getTitle())).isEqualTo("VNSign — to-trinh.pdf");
        driver.chooseToken(TestTokens.MAIN_LABEL);
        driver.logInWithTheMainCertificateAndWaitForTheBlock();
        var placed = Fx.call(() -> window.model().placement().blockProperty().get());
        Fx.waitUntil("the block is on screen", WAIT, () -> Fx.find(".signature-block")
                .isPresent());
        // The overlay is drawn again for the certificate's plan (it showed the preview before
        // login): take the block once the window has settled, not the node about to be replaced.
        Fx.settled(stage.getScene());
        Node block = Fx.call(() -> Fx.find(".signature-block").orElseThrow());
        driver.drag(block, 20, 20, 60, 20);
        Fx.waitUntil(
                "the block moved right",
                WAIT,
                () -> window.model().placement().blockProperty().get().x() > placed.x() + 10);

        driver.clickSignAndWaitForTheVerdict(1);

        assertThat(Fx.call(() -> stage.getTitle())).isEqualTo("VNSign — to-trinh.signed.pdf");
        SignatureRow row = window.model().signatures().rows().get(0);
        assertThat(row.status())
                .as(window.model().signatures().summaryProperty().get())
                .isEqualTo(SignatureStatus.VALID);
        assertThat(Fx.find("#file-verdict").orElseThrow().getStyleClass()).contains("status-valid");
        Fx.waitUntil("the new signature is highlighted", WAIT, () -> Fx.find(".signature-highlight")
                .isPresent());
        Path shot = Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("main-window-signed.png"));
        assertThat(shot).exists();
        IndependentValidation.assertValid(dir.resolve("to-trinh.signed.pdf"), tokens.pki(), 1);
    }

    @Test
    void aForgedPageBehindADamagedTailIsShownRedNeverGreen() throws Exception {
        Path input = new Decree30Pdf().pages(2).write(dir.resolve("cong-van.pdf"));
        show(input);
        driver.chooseToken(TestTokens.MAIN_LABEL);
        driver.logInWithTheMainCertificateAndWaitForTheBlock();
        driver.clickSignAndWaitForTheVerdict(1);
        Path forged =
                Forgery.behindDamagedTail(dir.resolve("cong-van.signed.pdf"), dir.resolve("cong-van-nhan-duoc.pdf"));

        Fx.run(() -> window.model().open(forged));
        Fx.waitUntil(
                "the forged file is verified",
                WAIT,
                () -> window.model().documentProperty().get() != null
                        && window.model().documentProperty().get().file().equals(forged)
                        && window.model().signatures().fileStatusProperty().get() != null);

        assertThat(window.model().signatures().fileStatusProperty().get())
                .as(window.model().signatures().summaryProperty().get())
                .isEqualTo(SignatureStatus.MODIFIED);
        assertThat(window.model().signatures().rows().get(0).status()).isEqualTo(SignatureStatus.MODIFIED);
        assertThat(Fx.find("#file-verdict").orElseThrow().getStyleClass()).contains("status-modified");
        Fx.settled(stage.getScene());
        Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("main-window-forged-tail.png"));

        // The same paint in a well-formed update: the page and the painted area are outlined.
        Path painted = Forgery.paintedOver(dir.resolve("cong-van.signed.pdf"), dir.resolve("cong-van-da-sua.pdf"));
        Fx.run(() -> window.model().open(painted));
        Fx.waitUntil(
                "the changed area is known",
                WAIT,
                () -> window.model().documentProperty().get() != null
                        && window.model().documentProperty().get().file().equals(painted)
                        && window.model().signatures().changedAreas().containsKey(1));
        assertThat(window.model().signatures().fileStatusProperty().get()).isEqualTo(SignatureStatus.MODIFIED);
        Fx.run(() -> window.model().preview().goTo(1));
        Fx.waitUntil("page 1 and its changed area are outlined in red", WAIT, () -> Fx.find(".changed-area")
                .isPresent());
        assertThat(Fx.call(() -> ((Labeled) Fx.find(".changed-page-label").orElseThrow()).getText()))
                .isEqualTo("Trang này đã bị sửa sau khi ký");
        Fx.settled(stage.getScene());
        Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("main-window-changed-area.png"));
    }

    @Test
    void aSignatureIsPlacedAndSignedOnAPageStoredSideways() throws Exception {
        Path input = new Decree30Pdf().pages(2).turned(90).write(dir.resolve("phu-luc.pdf"));
        show(input);
        driver.chooseToken(TestTokens.MAIN_LABEL);
        driver.logInWithTheMainCertificateAndWaitForTheBlock();
        var placed = Fx.call(() -> window.model().placement().blockProperty().get());
        Fx.waitUntil("the block is on screen", WAIT, () -> Fx.find(".signature-block")
                .isPresent());
        driver.drag(Fx.find(".signature-block").orElseThrow(), 20, 20, 50, 20);
        Fx.waitUntil(
                "the block moved right",
                WAIT,
                () -> window.model().placement().blockProperty().get().x() > placed.x() + 10);
        var moved = Fx.call(() -> window.model().placement().blockProperty().get());

        driver.clickSignAndWaitForTheVerdict(1);

        assertThat(window.model().signatures().rows().get(0).status()).isEqualTo(SignatureStatus.VALID);
        Fx.waitUntil("the new signature is highlighted", WAIT, () -> Fx.find(".signature-highlight")
                .isPresent());
        var highlighted = Fx.call(() -> window.model().highlightProperty().get());
        assertThat(highlighted.x()).isCloseTo(moved.x(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(highlighted.y()).isCloseTo(moved.y(), org.assertj.core.data.Offset.offset(0.5f));
        Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("main-window-turned-page.png"));
        IndependentValidation.assertValid(dir.resolve("phu-luc.signed.pdf"), tokens.pki(), 1);
    }

    /**
     * A first run: no settings file at all, so no name, title, agency or image. The approval is
     * previewed before login and placed under the certificate's own name once logged in (issue 21).
     */
    @Test
    void aFirstRunWithAFreshProfileApprovesWithTheDemoTokenPlacedUnderTheCertificatesName() throws Exception {
        Files.delete(dir.resolve("home/config/settings.json"));
        Path input = new Decree30Pdf()
                .signer("NGƯỜI DÙNG THỬ DEMO", "NGƯỜI DÙNG THỬ")
                .write(dir.resolve("cong-van.pdf"));
        show(input);
        Fx.waitUntil(
                "the approval is previewed before login",
                WAIT,
                () -> window.model().placement().blockProperty().get() != null);
        assertThat(Fx.call(() -> Fx.find("#sign-login-hint").orElseThrow().isVisible()))
                .as("the call to action is still to log in")
                .isTrue();
        Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("first-run-before-login.png"));

        driver.chooseToken("Token DEMO — không có giá trị pháp lý");
        driver.logIn(DemoToken.PIN);
        Fx.waitUntil(
                "the approval is placed with the certificate",
                WAIT,
                () -> !Fx.find("#sign").orElseThrow().isDisabled()
                        && !window.model().previewOnlyProperty().get());
        assertThat(window.model().placement().blockProperty().get())
                .as("placed without any drag")
                .isNotNull();
        driver.clickSignAndWaitForTheVerdict(1);

        assertThat(window.model().signatures().rows()).singleElement().satisfies(row -> assertThat(row.status())
                .isEqualTo(SignatureStatus.DEMO));
        assertThat(window.model().signatures().rows().get(0).page())
                .as("on the signature page of the letter")
                .isEqualTo(window.model().preview().pageCountProperty().get());
        Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("first-run-approved.png"));
    }

    @Test
    void aNewcomerInitialsAndSignsWithTheDemoTokenAndSeesBothVerified() throws Exception {
        Path input = new Decree30Pdf().pages(2).write(dir.resolve("du-thao.pdf"));
        show(input);
        Fx.waitUntil("the log-in hint is shown", WAIT, () -> Fx.find("#sign-login-hint")
                .map(Node::isVisible)
                .orElse(false));
        assertThat(Fx.call(() -> ((Labeled) Fx.find("#sign-login-hint").orElseThrow()).getText()))
                .contains("Đăng nhập");
        driver.chooseToken("Token DEMO — không có giá trị pháp lý");
        driver.logIn(DemoToken.PIN);
        Fx.waitUntil(
                "the log-in hint is gone and the plan is for the certificate",
                WAIT,
                () -> !Fx.find("#sign-login-hint").map(Node::isVisible).orElse(false)
                        && !window.model().previewOnlyProperty().get());
        assertThat(Fx.call(() -> ((Button) Fx.find("#sign").orElseThrow()).getText()))
                .isEqualTo("Ký phê duyệt");
        Fx.run(() -> Fx.find("#sign").orElseThrow().requestFocus());
        Fx.waitUntil("the focused Sign button shows its focus", WAIT, () -> {
            var border = ((Button) Fx.find("#sign").orElseThrow()).getBorder();
            return border != null
                    && border.getStrokes().stream().anyMatch(stroke -> javafx.scene.paint.Color.web("#ff8f00")
                            .equals(stroke.getTopStroke()));
        });
        Fx.run(() -> ((RadioButton) Fx.find("#action-initials").orElseThrow()).fire());
        Fx.waitUntil(
                "marks on both pages",
                WAIT,
                () -> window.model().placement().marks().size() == 2);
        assertThat(Fx.call(() -> ((Button) Fx.find("#sign").orElseThrow()).getText()))
                .as("the button says what it will do")
                .isEqualTo("Ký tắt 2 trang");
        driver.clickSignAndWaitForTheVerdict(1);

        Fx.run(() -> ((RadioButton) Fx.find("#action-approval").orElseThrow()).fire());
        Fx.run(() -> window.model().preview().goTo(2));
        Fx.waitUntil("page 2 overlay is on screen", WAIT, () -> Fx.find(".page-overlay")
                .isPresent());
        Fx.settled(stage.getScene());
        assertThat(Fx.call(() -> ((javafx.scene.control.TextField)
                                Fx.find("#page-number").orElseThrow())
                        .getText()))
                .as("the indicator names the page shown, not the sliver of page 1 above it")
                .isEqualTo("2");
        // The pages are cells the list may lay out again: drag on the overlay that is on screen now,
        // and again if the list replaced it under the mouse.
        for (int attempt = 0;
                attempt < 3
                        && Fx.call(
                                () -> window.model().placement().blockProperty().get() == null);
                attempt++) {
            Fx.waitUntil("page 2's overlay is laid out on screen", WAIT, () -> lastOverlayOnScreen() != null);
            driver.drag(Fx.call(this::lastOverlayOnScreen), 300, 520, 520, 600);
        }
        Fx.waitUntil(
                "the block is placed",
                WAIT,
                () -> window.model().placement().blockProperty().get() != null);
        driver.clickSignAndWaitForTheVerdict(2);

        assertThat(window.model().signatures().rows()).allSatisfy(signature -> {
            assertThat(signature.status()).as("intact, but never green").isEqualTo(SignatureStatus.DEMO);
            assertThat(signature.demo()).isTrue();
        });
        assertThat(window.model().signatures().fileStatusProperty().get()).isEqualTo(SignatureStatus.DEMO);
        assertThat(window.model().signatures().summaryProperty().get()).startsWith("Chữ ký DEMO");
        assertThat(Fx.find("#file-verdict").orElseThrow().getStyleClass()).contains("status-demo");
        Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("main-window-demo.png"));

        Fx.run(() -> ((RadioButton) Fx.find("#action-initials").orElseThrow()).fire());
        Object before = Fx.call(() -> window.model().documentProperty().get());
        Path next = new Decree30Pdf().pages(1).write(dir.resolve("cong-van-moi.pdf"));
        Fx.run(() -> window.model().open(next));
        Fx.waitUntil(
                "the next document is open",
                WAIT,
                () -> window.model().documentProperty().get() != before);
        Fx.waitUntil("the next document starts as an approval", WAIT, () -> ((RadioButton)
                        Fx.find("#action-approval").orElseThrow())
                .isSelected());
    }

    /** The last visible page overlay that has a place on the screen, or null while the list lays out. */
    private Node lastOverlayOnScreen() {
        return Fx.find("#pages").orElseThrow().lookupAll(".page-overlay").stream()
                .filter(node -> node.isVisible()
                        && node.getScene() != null
                        && node.localToScreen(node.getBoundsInLocal()) != null)
                .reduce((first, second) -> second)
                .orElse(null);
    }

    @Test
    void aDocumentFromTheServerIsSignedAndWaitsInPendingUploadsUntilRetriedAfterTheServerRecovers() throws Exception {
        try (QlvbServer server = new QlvbServer()) {
            server.offer(new QlvbServer.Waiting(
                    "vb-77",
                    "Dự thảo công văn về chữ ký số",
                    "initial",
                    "du-thao.pdf",
                    Files.readAllBytes(new Decree30Pdf().pages(2).write(dir.resolve("du-thao.pdf")))));
            Map<String, Object> settings = new HashMap<>(new ObjectMapper()
                    .readValue(
                            dir.resolve("home/config/settings.json").toFile(),
                            new TypeReference<Map<String, Object>>() {}));
            settings.put("server", Map.of("apiUrl", server.apiUrl().toString(), "token", QlvbServer.API_TOKEN));
            writeSettings(settings);
            open(List.of(), List.of());
            Fx.waitUntil(
                    "the server's document is listed",
                    WAIT,
                    () -> !window.model().inbox().items().isEmpty());
            driver.chooseToken(TestTokens.MAIN_LABEL);
            driver.logIn(TestTokens.MAIN_PIN);
            driver.chooseCertificate(KeyProfile.RSA_2048.commonName());
            Fx.run(() -> {
                ListView<?> inbox = (ListView<?>) Fx.find("#inbox-list").orElseThrow();
                inbox.getSelectionModel().select(0);
                inbox.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            });
            Fx.waitUntil(
                    "the marks are placed on both pages",
                    WAIT,
                    () -> window.model().placement().marks().size() == 2);
            assertThat(Fx.call(() -> ((RadioButton) Fx.find("#action-initials").orElseThrow()).isSelected()))
                    .as("the action the server asks for is the one shown")
                    .isTrue();
            server.fail(QlvbServer.Fault.HTTP_500);

            driver.clickSignAndWaitForTheVerdict(1);
            Fx.waitUntil(
                    "the result waits in pending uploads",
                    WAIT,
                    () -> window.model().outbox().pending().size() == 1);
            Fx.waitUntil("the pending-uploads panel is shown", WAIT, () -> Fx.find("#outbox-panel")
                    .map(Node::isVisible)
                    .orElse(false));
            Fx.settled(stage.getScene());
            Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("main-window-pending-upload.png"));

            server.fail(QlvbServer.Fault.NONE);
            Fx.run(() -> {
                ListView<?> pending = (ListView<?>) Fx.find("#outbox-list").orElseThrow();
                pending.getSelectionModel().select(0);
                ((Button) Fx.find("#outbox-panel")
                                .orElseThrow()
                                .lookupAll(".button")
                                .iterator()
                                .next())
                        .fire();
            });
            Fx.waitUntil(
                    "the result was returned",
                    WAIT,
                    () -> window.model().outbox().pending().isEmpty());
            assertThat(server.returned()).singleElement().satisfies(returned -> {
                assertThat(returned.documentId()).isEqualTo("vb-77");
                assertThat(returned.action()).isEqualTo("initial");
            });
            Path received = Files.write(
                    dir.resolve("received.pdf"), server.returned().get(0).content());
            IndependentValidation.assertValid(received, tokens.pki(), 1);
        }
    }

    @Test
    void aWebPagesRequestIsShownWithItsOriginAndSignedOnlyWhenTheUserPressesSign() throws Exception {
        int port = freePort();
        try (QlvbServer server = new QlvbServer();
                TestPages pages = new TestPages();
                Chromium chromium = Chromium.start()) {
            server.offer(new QlvbServer.Waiting(
                    "vb-9",
                    "Quyết định",
                    "approve",
                    "qd.pdf",
                    Files.readAllBytes(new Decree30Pdf().pages(2).write(dir.resolve("qd.pdf")))));
            Files.writeString(
                    dir.resolve("home/config/bridge.json"),
                    "{\"port\": " + port + ", \"plainHttpHosts\": [\"127.0.0.1\"]}");
            open(List.of(), List.of(pages.origin()));
            assertThat(window.bridgePort()).as("the port of bridge.json").isEqualTo(port);
            driver.chooseToken(TestTokens.MAIN_LABEL);
            Chromium.Page page = chromium.open(URI.create(pages.origin() + "/"));
            var answer = page.evaluateAsync("VNSign.sign({document: {url: '" + server.documentUrl("vb-9")
                    + "'}, action: 'approve', upload: {url: '" + server.uploadUrl("doc-vb-9") + "'}}, {port: " + port
                    + "}).then(r => r.status + '/' + r.upload)");
            Fx.waitUntil("the request's banner is shown", WAIT, () -> Fx.find(".bridge-banner")
                    .map(Node::isVisible)
                    .orElse(false));
            assertThat(window.model().documentProperty().get())
                    .as("nothing opened before the user agrees")
                    .isNull();
            assertThat(Fx.call(() -> ((javafx.scene.control.Label)
                                    Fx.find("#bridge-request").orElseThrow())
                            .getText()))
                    .contains(pages.origin())
                    .contains("127.0.0.1");
            Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("main-window-bridge-consent.png"));
            Fx.run(() -> ((javafx.scene.control.Button) Fx.find("#bridge-open").orElseThrow()).fire());
            Fx.waitUntil(
                    "the requested document is shown",
                    WAIT,
                    () -> window.model().documentProperty().get() != null);
            assertThat(window.model()
                            .documentProperty()
                            .get()
                            .file()
                            .getFileName()
                            .toString())
                    .isEqualTo("vb-9.pdf");
            assertThat(Fx.call(() -> ((javafx.scene.control.Label)
                                    Fx.find("#bridge-request").orElseThrow())
                            .getText()))
                    .contains(pages.origin())
                    .contains("vb-9.pdf");
            assertThat(answer).as("nothing signed before the user acts").isNotDone();
            Fx.settled(stage.getScene());
            Fx.screenshot(stage.getScene(), WindowDriver.screenshots().resolve("main-window-bridge-request.png"));

            driver.logInWithTheMainCertificateAndWaitForTheBlock();
            driver.clickSignAndWaitForTheVerdict(1);

            assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS).asText())
                    .isEqualTo("signed/delivered");
            Path received = Files.write(
                    dir.resolve("received.pdf"), server.received().get(0).content());
            IndependentValidation.assertValid(received, tokens.pki(), 1);
            Fx.waitUntil("the banner is gone", WAIT, () -> !Fx.find(".bridge-banner")
                    .map(Node::isVisible)
                    .orElse(false));
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
