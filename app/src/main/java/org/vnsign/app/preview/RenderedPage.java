/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import java.util.concurrent.Future;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.ImageView;

/**
 * The image of one page in a list cell: asks {@link PdfPages} for the page in the background and
 * shows it only if the cell still shows that page when it arrives; a cell reused for another page
 * cancels the render it no longer needs.
 */
final class RenderedPage extends ImageView {
    private Future<?> pending;

    /** Forgets the page shown and any render still running for it. */
    void clear() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        setImage(null);
    }

    /**
     * Renders page {@code number} (1-based) {@code pixels} wide.
     *
     * @param current the page the cell shows when the image arrives
     * @param shown called on the JavaFX thread once the image is on screen
     */
    void show(PdfPages pages, int number, int pixels, Supplier<Integer> current, Runnable shown) {
        clear();
        pending = pages.render(
                number,
                pixels,
                rendered -> Platform.runLater(() -> {
                    Integer showing = current.get();
                    if (showing != null && showing == number) {
                        setImage(FxImages.of(rendered));
                        shown.run();
                    }
                }));
    }
}
