/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.measuring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.vnsign.app.preview.PagesView;

/**
 * Measurements for {@code bench/}, off unless {@code -Dvnsign.bench.report=FILE} is given. Writes
 * {@code key value} lines, then exits:
 *
 * <ul>
 *   <li>{@code window-epoch-ms}, {@code first-page-epoch-ms}: wall-clock times at which the window
 *       and the first page of the document given on the command line appeared (the harness
 *       subtracts its own start time: the OS's process start time is too coarse);
 *   <li>with {@code -Dvnsign.bench.open=PDF}: {@code open-ms}, from asking the running app to open
 *       that document to its first page on screen;
 *   <li>with {@code -Dvnsign.bench.scroll=true}: every page of that document scrolled to in turn,
 *       {@code scroll-mean-ms}, {@code scroll-worst-ms}, and heap and cache after;
 *   <li>with {@code -Dvnsign.bench.screenshot=PNG}: the window as it first showed the document,
 *       for the installer's smoke test to look at.
 * </ul>
 */
public final class BenchProbe {
    private BenchProbe() {}

    /** What the probe drives and reads: the window's view model. */
    public interface Subject {
        void open(Path file);

        javafx.beans.property.ObjectProperty<org.vnsign.app.preview.PdfPages> documentProperty();

        long cacheBytes();
    }

    public static void attach(Stage stage, PagesView pages, Subject model) {
        String report = System.getProperty("vnsign.bench.report");
        if (report == null) {
            return;
        }
        Path file = Path.of(report);
        stage.setOnShown(e -> write(file, "window-epoch-ms " + System.currentTimeMillis()));
        Run run = new Run(file, pages, model, stage);
        pages.addPageShownListener(run::shown);
    }

    /** The steps, driven by pages appearing and, while scrolling, by animation frames. */
    private static final class Run extends AnimationTimer {
        private final Path file;
        private final PagesView pages;
        private final Subject model;
        private final Stage stage;
        private final String second = System.getProperty("vnsign.bench.open");
        private boolean firstShown;
        private long openStarted;
        private int page = 1;
        private boolean waiting;
        private long started;
        private long sum;
        private long worst;

        Run(Path file, PagesView pages, Subject model, Stage stage) {
            this.file = file;
            this.pages = pages;
            this.model = model;
            this.stage = stage;
        }

        void shown(int number) {
            if (!firstShown && number == 1) {
                firstShown = true;
                write(file, "first-page-epoch-ms " + System.currentTimeMillis());
                String screenshot = System.getProperty("vnsign.bench.screenshot");
                if (screenshot != null) {
                    snapshot(stage, Path.of(screenshot));
                }
                if (second == null) {
                    Platform.exit();
                    return;
                }
                openStarted = System.nanoTime();
                model.open(Path.of(second));
            } else if (openStarted != 0
                    && number == 1
                    && model.documentProperty().get().file().equals(Path.of(second))) {
                write(file, "open-ms " + (System.nanoTime() - openStarted) / 1_000_000);
                openStarted = 0;
                if (Boolean.getBoolean("vnsign.bench.scroll")) {
                    start();
                } else {
                    Platform.exit();
                }
            } else if (waiting && number == page) {
                long took = System.nanoTime() - started;
                sum += took;
                worst = Math.max(worst, took);
                waiting = false;
            }
        }

        @Override
        public void handle(long now) {
            if (waiting) {
                return;
            }
            int count = model.documentProperty().get().pageCount();
            if (page >= count) {
                stop();
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                write(file, "pages " + count);
                write(file, "scroll-mean-ms " + format(sum / 1e6 / Math.max(1, count - 1)));
                write(file, "scroll-worst-ms " + format(worst / 1e6));
                write(file, "heap-after-mb " + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
                write(file, "cache-mb " + model.cacheBytes() / (1024 * 1024));
                Platform.exit();
                return;
            }
            page++;
            waiting = true;
            started = System.nanoTime();
            pages.scrollTo(page - 1);
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static void snapshot(Stage stage, Path png) {
        try {
            Snapshots.write(stage.getScene(), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
