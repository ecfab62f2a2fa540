/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.images;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The images a signing profile carries, drawn in code: a blue handwritten signature and a red round
 * seal, both on a transparent background as Decree 30 asks, and a small blue initial.
 */
public final class TestImages {
    /** The pure colours the images are drawn in, for pixel checks on rendered pages. */
    public static final Color SIGNATURE_BLUE = new Color(0, 40, 220);

    public static final Color SEAL_RED = new Color(230, 0, 0);

    private TestImages() {}

    /** A 600×240 blue scribble. */
    public static byte[] signature() {
        return draw(600, 240, g -> {
            g.setColor(SIGNATURE_BLUE);
            g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new CubicCurve2D.Float(30, 180, 150, -40, 250, 300, 360, 80));
            g.draw(new CubicCurve2D.Float(330, 120, 420, 10, 480, 260, 570, 60));
        });
    }

    /** A 400×400 red seal: two rings and a star. */
    public static byte[] seal() {
        return draw(400, 400, g -> {
            g.setColor(SEAL_RED);
            g.setStroke(new BasicStroke(16f));
            g.drawOval(12, 12, 376, 376);
            g.setStroke(new BasicStroke(6f));
            g.drawOval(70, 70, 260, 260);
            int[] xs = {200, 224, 290, 236, 256, 200, 144, 164, 110, 176};
            int[] ys = {120, 176, 178, 216, 280, 244, 280, 216, 178, 176};
            g.fillPolygon(xs, ys, xs.length);
        });
    }

    /** A 160×120 blue initial. */
    public static byte[] initial() {
        return draw(160, 120, g -> {
            g.setColor(SIGNATURE_BLUE);
            g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new CubicCurve2D.Float(15, 100, 50, -20, 100, 160, 145, 20));
        });
    }

    private interface Drawing {
        void on(Graphics2D graphics);
    }

    private static byte[] draw(int width, int height, Drawing drawing) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        drawing.on(graphics);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
