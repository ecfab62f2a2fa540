/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way long work leaves the UI thread: reading a PDF, rendering, verifying, talking to the
 * token. Results and failures come back on the UI thread, so view models can set their properties
 * directly. Tests use {@link #direct()}, which runs everything at once on the caller's thread.
 */
public interface BackgroundTasks {
    /** Runs {@code work} in the background; {@code done} or {@code failed} then runs on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /** Runs {@code action} on the UI thread (now, when already on it). */
    void onUi(Runnable action);

    /** Runs work, results and UI actions at once on the calling thread: for view-model tests. */
    static BackgroundTasks direct() {
        return new BackgroundTasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }
        };
    }
}
