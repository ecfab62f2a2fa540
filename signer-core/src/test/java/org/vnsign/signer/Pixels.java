/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** Where a colour appears on a page rendered at 72 dpi, in PDF points from the bottom-left. */
final class Pixels {
    private Pixels() {}

    /** Bounding box of the clearly blue pixels (the signature ink). */
    static Optional<Rect> blue(BufferedImage page) {
        return box(page, (r, g, b) -> b > 150 && r < 90 && g < 110);
    }

    /** Bounding box of the clearly red pixels (the seal). */
    static Optional<Rect> red(BufferedImage page) {
        return box(page, (r, g, b) -> r > 170 && g < 90 && b < 90);
    }

    /** Count of dark (ink) pixels inside a rectangle. */
    static int inkWithin(BufferedImage page, Rect rect) {
        int count = 0;
        int height = page.getHeight();
        for (int x = (int) rect.x(); x < (int) rect.right(); x++) {
            for (int y = (int) rect.y(); y < (int) rect.top(); y++) {
                int row = height - 1 - y;
                if (x >= 0 && x < page.getWidth() && row >= 0 && row < height) {
                    int rgb = page.getRGB(x, row);
                    int sum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                    if (sum < 600) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private interface Test {
        boolean matches(int r, int g, int b);
    }

    private static Optional<Rect> box(BufferedImage page, Test test) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int row = 0; row < page.getHeight(); row++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, row);
                if (test.matches((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, row);
                    maxY = Math.max(maxY, row);
                }
            }
        }
        if (maxX < 0) {
            return Optional.empty();
        }
        int height = page.getHeight();
        return Optional.of(new Rect(minX, height - 1 - maxY, maxX - minX + 1, maxY - minY + 1));
    }
}
