/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.vnsign.app.tokens.CertificateRow;
import org.vnsign.app.tokens.TokenRow;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.softhsm.TestTokens;

/** What a person does in the real window, for the window tests: choose, log in, sign, drag. */
final class WindowDriver {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Supplier<DesktopWindow> window;

    WindowDriver(Supplier<DesktopWindow> window) {
        this.window = window;
    }

    void chooseToken(String label) throws Exception {
        Fx.waitUntil("token " + label + " is listed", WAIT, () -> row(label) != null);
        Fx.run(() -> {
            @SuppressWarnings("unchecked")
            ListView<TokenRow> list =
                    (ListView<TokenRow>) Fx.find("#token-list").orElseThrow();
            list.getSelectionModel().select(row(label));
        });
    }

    private TokenRow row(String label) {
        return window.get().model().tokens().tokens().stream()
                .filter(t -> t.label().equals(label))
                .findFirst()
                .orElse(null);
    }

    /** Logs in to the main test token, chooses its RSA-2048 certificate and waits until the block is placed. */
    void logInWithTheMainCertificateAndWaitForTheBlock() throws Exception {
        logIn(TestTokens.MAIN_PIN);
        chooseCertificate(KeyProfile.RSA_2048.commonName());
        Fx.waitUntil(
                "the block is placed for the certificate",
                WAIT,
                () -> window.get().model().placement().blockProperty().get() != null
                        && !window.get().model().previewOnlyProperty().get());
    }

    /** Clicks "Log in" and types the PIN into the real PIN dialog. */
    void logIn(String pin) throws Exception {
        Fx.run(() -> ((Button) Fx.find("#login").orElseThrow()).fire());
        Fx.waitUntil(
                "the PIN dialog is shown", WAIT, () -> Fx.find("#pin-field").isPresent());
        Fx.run(() -> {
            PasswordField field = (PasswordField) Fx.find("#pin-field").orElseThrow();
            field.setText(pin);
            DialogPane pane = (DialogPane) field.getScene().getRoot();
            ButtonType ok = pane.getButtonTypes().stream()
                    .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                    .findFirst()
                    .orElseThrow();
            assertThat(ok.getText()).as("the dialog speaks Vietnamese").isEqualTo("Đồng ý");
            ((Button) pane.lookupButton(ok)).fire();
        });
        Fx.waitUntil(
                "the certificates are listed",
                WAIT,
                () -> window.get().model().tokens().loggedInProperty().get()
                        && !window.get().model().tokens().certificates().isEmpty());
    }

    /** Clicks the certificate named {@code name} in the certificate list. */
    void chooseCertificate(String name) throws Exception {
        Fx.run(() -> {
            @SuppressWarnings("unchecked")
            ListView<CertificateRow> list =
                    (ListView<CertificateRow>) Fx.find("#certificate-list").orElseThrow();
            list.getSelectionModel()
                    .select(list.getItems().stream()
                            .filter(c -> c.name().equals(name))
                            .findFirst()
                            .orElseThrow());
        });
        Fx.waitUntil(name + " is chosen", WAIT, () -> window.get()
                .model()
                .tokens()
                .selectedCertificateProperty()
                .get()
                .name()
                .equals(name));
    }

    void clickSignAndWaitForTheVerdict(int signatures) throws Exception {
        Fx.run(() -> ((Button) Fx.find("#sign").orElseThrow()).fire());
        Fx.waitUntil(
                signatures + " signature(s) verified",
                WAIT,
                () -> window.get().model().signatures().rows().size() == signatures
                        && window.get()
                                        .model()
                                        .signatures()
                                        .fileStatusProperty()
                                        .get()
                                != null);
    }

    /**
     * Drags with the real mouse from one point of {@code node} to another, in node pixels; nothing
     * happens when the node is no longer on screen (a list laid it out again): the caller looks again.
     */
    void drag(Node node, double fromX, double fromY, double toX, double toY) throws Exception {
        Bounds screen = Fx.call(() -> node.localToScreen(node.getBoundsInLocal()));
        if (screen == null) {
            return; // the node left the screen (a list laid out again): the caller looks again
        }
        Robot robot = Fx.call(Robot::new);
        Fx.run(() -> robot.mouseMove(screen.getMinX() + fromX, screen.getMinY() + fromY));
        Fx.run(() -> robot.mousePress(MouseButton.PRIMARY));
        for (int step = 1; step <= 10; step++) {
            double x = fromX + (toX - fromX) * step / 10;
            double y = fromY + (toY - fromY) * step / 10;
            Fx.run(() -> robot.mouseMove(screen.getMinX() + x, screen.getMinY() + y));
        }
        Fx.run(() -> robot.mouseRelease(MouseButton.PRIMARY));
        Fx.run(() -> {});
    }

    static Path screenshots() {
        return Path.of(System.getProperty("vnsign.test.screenshots", "target/screenshots"));
    }

    /**
     * The settings every window test starts from: the signer's name, title and agency, the test
     * token's module only, the test root trusted (written into {@code dir}), in Vietnamese.
     */
    static Map<String, Object> testSettings(Path dir, TestTokens tokens) throws Exception {
        Files.write(dir.resolve("root.crt"), tokens.pki().root().getEncoded());
        Map<String, Object> settings = new HashMap<>();
        settings.put("name", "Nguyễn Văn Án");
        settings.put("title", "THỨ TRƯỞNG");
        settings.put("agency", "Bộ Tài chính");
        settings.put("trustAnchors", List.of(dir.resolve("root.crt").toString()));
        settings.put("pkcs11Modules", List.of(tokens.softHsm().module().toString()));
        settings.put("onlyListedModules", true);
        settings.put("language", "vi");
        return settings;
    }

    /** Writes {@code settings} as the profile under {@code dir/home} and points VNSign's home there. */
    static void useSettings(Path dir, Map<String, Object> settings) throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("config"));
        new ObjectMapper().writeValue(home.resolve("config/settings.json").toFile(), settings);
        System.setProperty("vnsign.home", home.toString());
    }

    /** Closes the window and its stage, if a test opened one, and forgets VNSign's home. */
    static void close(DesktopWindow window, Stage stage) throws Exception {
        if (window != null) {
            Fx.run(() -> {
                window.close();
                stage.close();
            });
        }
        System.clearProperty("vnsign.home");
    }
}
