/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signatures;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.vnsign.app.placement.Box;

/**
 * Where a page looks different from what was signed: the revision a signature covers and the file
 * as the viewer shows it are both rendered by the viewer's own library, and the differing pixels
 * bounded, page by page. The verifier says that a file was changed (and, for an attack on the
 * file's structure, only that); this says where, so the reader can look.
 */
public final class ChangedAreas {
    /** Coarse on purpose: enough to outline a paragraph, cheap enough for a long document. */
    private static final float DPI = 36f;
    /** How much two renderings may differ before a pixel counts (anti-aliasing, rounding). */
    private static final int TOLERANCE = 48;

    private ChangedAreas() {}

    /**
     * The area of each page of {@code shown} that differs from {@code signed}, in points from the
     * page's lower-left corner as shown; a page the signed revision did not have is changed whole.
     */
    public static Map<Integer, Box> between(Path signed, Path shown, char[] password) throws IOException {
        String secret = password == null ? "" : new String(password);
        Map<Integer, Box> areas = new TreeMap<>();
        try (PDDocument before = Loader.loadPDF(signed.toFile(), secret);
                PDDocument after = Loader.loadPDF(shown.toFile(), secret)) {
            PDFRenderer beforeRenderer = new PDFRenderer(before);
            PDFRenderer afterRenderer = new PDFRenderer(after);
            for (int index = 0; index < after.getNumberOfPages(); index++) {
                BufferedImage now = afterRenderer.renderImageWithDPI(index, DPI);
                if (index >= before.getNumberOfPages()) {
                    PDRectangle box = after.getPage(index).getCropBox();
                    areas.put(index + 1, new Box(index + 1, 0, 0, box.getWidth(), box.getHeight()));
                    continue;
                }
                BufferedImage then = beforeRenderer.renderImageWithDPI(index, DPI);
                difference(then, now, index + 1).ifPresent(area -> areas.put(area.page(), area));
            }
        }
        return areas;
    }

    private static java.util.Optional<Box> difference(BufferedImage a, BufferedImage b, int page) {
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int delta = Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff))
                        + Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
                if (delta > TOLERANCE) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return java.util.Optional.of(points(page, 0, 0, b.getWidth() - 1, b.getHeight() - 1, b.getHeight()));
        }
        return maxX < 0
                ? java.util.Optional.empty()
                : java.util.Optional.of(points(page, minX, minY, maxX, maxY, b.getHeight()));
    }

    /** Pixels (top-left origin) to points (bottom-left origin), one pixel of margin around. */
    private static Box points(int page, int minX, int minY, int maxX, int maxY, int imageHeight) {
        float scale = 72f / DPI;
        float x = Math.max(0, minX - 1) * scale;
        float top = Math.max(0, minY - 1) * scale;
        float width = (maxX - minX + 3) * scale;
        float height = (maxY - minY + 3) * scale;
        float y = imageHeight * scale - top - height;
        return new Box(page, x, Math.max(0, y), width, height);
    }
}
