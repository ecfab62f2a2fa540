/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Zoom and position of the continuous page view. Zoom is in percent of real size on a 96-dpi
 * screen; "fit width" and "fit page" follow the window as it is resized.
 */
public final class PreviewViewModel {
    /** Pixels per point at 100 %: PDF points are 1/72 inch, screens are counted at 96 dpi. */
    public static final double PIXELS_PER_POINT = 96.0 / 72.0;

    public static final List<Integer> PRESETS = List.of(50, 75, 100, 125, 150, 200, 300);
    static final double MIN_PERCENT = 10;
    static final double MAX_PERCENT = 800;
    private static final double STEP = 1.15;
    private static final double GAP = 24;

    /** How the zoom is chosen. */
    public enum Mode {
        FIT_WIDTH,
        FIT_PAGE,
        PERCENT
    }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.FIT_WIDTH);
    private final DoubleProperty percent = new SimpleDoubleProperty(100);
    private final IntegerProperty currentPage = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private List<PageSize> sizes = List.of();
    private double viewportWidth = 800;
    private double viewportHeight = 600;

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public DoubleProperty percentProperty() {
        return percent;
    }

    /** 1-based page at the top of the view; 0 without a document. */
    public IntegerProperty currentPageProperty() {
        return currentPage;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public void show(List<PageSize> pageSizes) {
        sizes = List.copyOf(pageSizes);
        pageCount.set(sizes.size());
        currentPage.set(sizes.isEmpty() ? 0 : 1);
        refit();
    }

    /** The view's size changed. */
    public void viewport(double width, double height) {
        viewportWidth = width;
        viewportHeight = height;
        refit();
    }

    public void fitWidth() {
        mode.set(Mode.FIT_WIDTH);
        refit();
    }

    public void fitPage() {
        mode.set(Mode.FIT_PAGE);
        refit();
    }

    public void zoomTo(double value) {
        mode.set(Mode.PERCENT);
        percent.set(Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, value)));
    }

    public void zoomIn() {
        zoomTo(percent.get() * STEP);
    }

    public void zoomOut() {
        zoomTo(percent.get() / STEP);
    }

    /** Pixels per PDF point at the current zoom. */
    public double scale() {
        return percent.get() / 100 * PIXELS_PER_POINT;
    }

    public void goTo(int page) {
        if (!sizes.isEmpty()) {
            currentPage.set(Math.max(1, Math.min(sizes.size(), page)));
        }
    }

    public void next() {
        goTo(currentPage.get() + 1);
    }

    public void previous() {
        goTo(currentPage.get() - 1);
    }

    private void refit() {
        if (sizes.isEmpty() || mode.get() == Mode.PERCENT) {
            return;
        }
        double widest = sizes.stream().mapToDouble(PageSize::width).max().orElse(595);
        double tallest = sizes.stream().mapToDouble(PageSize::height).max().orElse(842);
        double byWidth = (viewportWidth - GAP) / (widest * PIXELS_PER_POINT);
        double byHeight = (viewportHeight - GAP) / (tallest * PIXELS_PER_POINT);
        double fit = mode.get() == Mode.FIT_WIDTH ? byWidth : Math.min(byWidth, byHeight);
        percent.set(Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, fit * 100)));
    }
}
