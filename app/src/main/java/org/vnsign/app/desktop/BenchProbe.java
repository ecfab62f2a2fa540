/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.vnsign.app.preview.PagesView;

/**
 * Measurements for {@code bench/}, off unless {@code -Dvnsign.bench.report=FILE} is given: time
 * from process start to the first window and to the first page on screen; with {@code
 * -Dvnsign.bench.scroll=true}, then every page scrolled to in turn, with the time each took to
 * appear and the heap after. Writes {@code key value} lines and exits.
 */
final class BenchProbe {
    private BenchProbe() {}

    static void attach(Stage stage, PagesView pages, MainViewModel model) {
        String report = System.getProperty("vnsign.bench.report");
        if (report == null) {
            return;
        }
        Path file = Path.of(report);
        stage.setOnShown(e -> write(file, "window-ms " + sinceStart()));
        Scroll scroll = new Scroll(file, pages, model);
        pages.setOnPageShown(scroll::shown);
    }

    /** Waits for page 1, then (when asked) scrolls to every page in turn, one frame after the last appeared. */
    private static final class Scroll extends AnimationTimer {
        private final Path file;
        private final PagesView pages;
        private final MainViewModel model;
        private boolean firstShown;
        private int page = 1;
        private boolean waiting;
        private long started;
        private long sum;
        private long worst;

        Scroll(Path file, PagesView pages, MainViewModel model) {
            this.file = file;
            this.pages = pages;
            this.model = model;
        }

        void shown(int number) {
            if (!firstShown && number == 1) {
                firstShown = true;
                write(file, "first-page-ms " + sinceStart());
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
                write(file, "scroll-mean-ms " + String.format(Locale.ROOT, "%.1f", sum / 1e6 / Math.max(1, count - 1)));
                write(file, "scroll-worst-ms " + String.format(Locale.ROOT, "%.1f", worst / 1e6));
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

    private static long sinceStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        return Duration.between(start, Instant.now()).toMillis();
    }

    private static void write(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
