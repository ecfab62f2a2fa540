/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;

/**
 * The window on a 1366×768 laptop (issue 21): it opens inside the screen's visual bounds, with the
 * toolbar, the Sign button, the verdict and the status bar (where the saved file is named) all on
 * screen. Runs in the app's {@code laptop-screen} Failsafe execution, whose Xvfb screen is 1366×768;
 * in the default execution (a larger screen) it is skipped.
 */
class LaptopScreenIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Stage stage;
    private DesktopWindow window;

    @BeforeAll
    static void startJavaFx() throws Exception {
        Fx.start();
    }

    @AfterEach
    void close() throws Exception {
        WindowDriver.close(window, stage);
    }

    @Test
    void theWindowAndEverythingEssentialFitA1366By768Screen() throws Exception {
        Rectangle2D screen = Fx.call(() -> Screen.getPrimary().getVisualBounds());
        assumeTrue(screen.getWidth() <= 1400, "only on the laptop-sized screen");
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("config"));
        new ObjectMapper()
                .writeValue(
                        home.resolve("config/settings.json").toFile(),
                        Map.of("language", "vi", "onlyListedModules", true, "pkcs11Modules", List.of()));
        System.setProperty("vnsign.home", home.toString());
        Path document = new Decree30Pdf().pages(2).write(dir.resolve("to-trinh.pdf"));

        window = Fx.call(() -> {
            stage = new Stage();
            return DesktopWindow.show(stage, List.of(document.toString()));
        });
        Fx.waitUntil(
                "the document is open",
                WAIT,
                () -> window.model().documentProperty().get() != null);
        Fx.settled(stage.getScene());

        Rectangle2D placed =
                Fx.call(() -> new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        assertThat(placed.getMinX()).as("left edge").isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(placed.getMinY()).as("top edge").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(placed.getMaxX()).as("right edge").isLessThanOrEqualTo(screen.getMaxX());
        assertThat(placed.getMaxY()).as("bottom edge").isLessThanOrEqualTo(screen.getMaxY());
        for (String id : List.of("#open", "#settings", "#sign", "#file-verdict", "#status")) {
            Bounds bounds = Fx.call(() -> {
                Node node = Fx.find(id).orElseThrow();
                return node.localToScreen(node.getBoundsInLocal());
            });
            assertThat(bounds).as(id + " is shown").isNotNull();
            assertThat(bounds.getMinY()).as(id + " top").isGreaterThanOrEqualTo(screen.getMinY());
            assertThat(bounds.getMaxY()).as(id + " bottom").isLessThanOrEqualTo(screen.getMaxY() + 0.5);
            assertThat(bounds.getMinX()).as(id + " left").isGreaterThanOrEqualTo(screen.getMinX());
            assertThat(bounds.getMaxX()).as(id + " right").isLessThanOrEqualTo(screen.getMaxX() + 0.5);
        }
        Fx.screenshot(
                stage.getScene(),
                Path.of(System.getProperty("vnsign.test.screenshots", "target/screenshots"))
                        .resolve("main-window-1366x768.png"));

        settingsInTwoPartsInWordsAndInVietnamese(screen);
    }

    /** Settings: the leader's own part and an advanced part, values in words, no button cut short. */
    private void settingsInTwoPartsInWordsAndInVietnamese(Rectangle2D screen) throws Exception {
        // Settings never make the DEMO token on the window's thread: the token list makes it first.
        Fx.waitUntil(
                "the DEMO token is ready",
                WAIT,
                () -> window.model().demoSamples().signature().isPresent());
        javafx.application.Platform.runLater(
                () -> ((javafx.scene.control.Button) Fx.find("#settings").orElseThrow()).fire());
        Fx.waitUntil("the settings dialog is open", WAIT, () -> Fx.find("#settings-mine")
                .isPresent());
        javafx.scene.control.TabPane parts = Fx.call(
                () -> (javafx.scene.control.TabPane) Fx.find(".tab-pane").orElseThrow());
        Scene dialog = Fx.call(() -> parts.getScene());
        Fx.settled(dialog);
        assertThat(Fx.call(() -> parts.getTabs().stream()
                        .map(javafx.scene.control.Tab::getText)
                        .toList()))
                .containsExactly("Thông tin của tôi", "Nâng cao");
        assertThat(Fx.call(() -> dialog.getRoot().lookupAll(".choice-box").stream()
                        .map(box -> ((javafx.scene.control.Labeled) box.lookup(".label")).getText())
                        .toList()))
                .contains("Góc dưới bên phải")
                .noneMatch(text -> text.contains("_"));
        assertThat(Fx.call(() -> dialog.getRoot().lookupAll(".image-sample").stream()
                        .filter(view -> ((javafx.scene.image.ImageView) view).getImage() != null)
                        .count()))
                .as("the DEMO signature, seal and initial shown as examples")
                .isEqualTo(3L);
        List<String> cut = Fx.call(() -> dialog.getRoot().lookupAll(".button").stream()
                .filter(Node::isVisible)
                .map(node -> (javafx.scene.control.Button) node)
                .filter(button -> button.getWidth() + 0.5 < button.prefWidth(-1))
                .map(javafx.scene.control.Button::getText)
                .toList());
        assertThat(cut).as("buttons cut short").isEmpty();
        Bounds bounds =
                Fx.call(() -> dialog.getRoot().localToScreen(dialog.getRoot().getBoundsInLocal()));
        assertThat(bounds.getMaxY())
                .as("the dialog's buttons are on screen")
                .isLessThanOrEqualTo(screen.getMaxY() + 0.5);
        Path screenshots = Path.of(System.getProperty("vnsign.test.screenshots", "target/screenshots"));
        Fx.screenshot(dialog, screenshots.resolve("settings-mine-1366x768.png"));
        Fx.run(() -> parts.getSelectionModel().select(1));
        Fx.settled(dialog);
        Fx.screenshot(dialog, screenshots.resolve("settings-advanced-1366x768.png"));
        Fx.run(() -> ((javafx.stage.Stage) dialog.getWindow()).close());
    }
}
