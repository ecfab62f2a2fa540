/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

/**
 * Where the main window opens: its preferred size, shrunk to the screen's visual bounds (the screen
 * less the task bar, the dock, the menu bar) and placed inside them. The first round opened at a
 * fixed 1280×860, which on a 1366×768 laptop put the toolbar above the screen and the status bar,
 * where the saved file is named, below it.
 *
 * @param x left edge in screen coordinates
 * @param y top edge in screen coordinates
 */
public record WindowBounds(double x, double y, double width, double height) {
    /** What the window would like when the screen allows. */
    static final double PREFERRED_WIDTH = 1280;

    static final double PREFERRED_HEIGHT = 860;

    /**
     * The window inside the visual bounds {@code (left, top, width, height)}: the preferred size
     * where it fits, else the whole visual area; centred, never starting above or left of it.
     */
    public static WindowBounds fit(double left, double top, double width, double height) {
        double w = Math.min(PREFERRED_WIDTH, width);
        double h = Math.min(PREFERRED_HEIGHT, height);
        return new WindowBounds(left + (width - w) / 2, top + (height - h) / 2, w, h);
    }

    /** Whether the window lies wholly inside the visual bounds. */
    public boolean inside(double left, double top, double width, double height) {
        return x >= left && y >= top && x + this.width <= left + width && y + this.height <= top + height;
    }
}
