/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.vnsign.app.measuring.Snapshots;

/** Drives JavaFX from a test thread: start the toolkit once, run on the FX thread, wait, screenshot. */
final class Fx {
    private static boolean started;

    private Fx() {}

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(ready::countDown);
        Platform.setImplicitExit(false);
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
        started = true;
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T call(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds, failing after {@code timeout}. */
    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (call(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    /**
     * Waits until the window has drawn what a screenshot should show: every page image on screen
     * has arrived from the background renderer, then two more pulses for layout and paint. A
     * condition, not a fixed sleep: fast machines do not wait, slow ones wait long enough.
     */
    static void settled(Scene scene) throws Exception {
        waitUntil(
                "every page on screen is rendered",
                Duration.ofSeconds(30),
                () -> scene.getRoot().lookupAll(".image-view").stream()
                        .filter(node -> node.getClass().getSimpleName().equals("RenderedPage"))
                        .filter(Node::isVisible)
                        .allMatch(node -> ((javafx.scene.image.ImageView) node).getImage() != null));
        run(() -> {});
        run(() -> {});
    }

    /** The node with {@code selector} in any showing window (dialogs included). */
    static Optional<Node> find(String selector) {
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (window.isShowing() && scene != null) {
                Node node = scene.getRoot().lookup(selector);
                if (node != null) {
                    return Optional.of(node);
                }
            }
        }
        return Optional.empty();
    }

    /** Saves what {@code scene} shows as a PNG, for a reviewer to look at. */
    static Path screenshot(Scene scene, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return call(() -> Snapshots.write(scene, file));
    }
}
