/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The demo token's images, drawn at first use: a blue handwritten-looking signature, a red round
 * seal reading "DEMO", a short initial. Transparent backgrounds, like the real ones must have.
 */
final class DemoImages {
    private static final Color INK_BLUE = new Color(0, 45, 210);
    private static final Color SEAL_RED = new Color(220, 0, 0);

    private DemoImages() {}

    static byte[] signature() {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(image, INK_BLUE, 7f);
        g.draw(new CubicCurve2D.Float(40, 170, 120, 20, 190, 230, 260, 110));
        g.draw(new CubicCurve2D.Float(260, 110, 320, 30, 360, 200, 430, 120));
        g.draw(new CubicCurve2D.Float(430, 120, 480, 70, 520, 160, 570, 90));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Float(60, 200, 220, 185, 400, 215, 560, 180));
        g.dispose();
        return png(image);
    }

    static byte[] seal() {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(image, SEAL_RED, 14f);
        g.draw(new Ellipse2D.Float(12, 12, 376, 376));
        g.setStroke(new BasicStroke(5f));
        g.draw(new Ellipse2D.Float(62, 62, 276, 276));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 88));
        centre(g, "DEMO", 200, 230);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        centre(g, "VNSIGN", 200, 130);
        centre(g, "KHÔNG CÓ GIÁ TRỊ", 200, 300);
        g.dispose();
        return png(image);
    }

    static byte[] initial() {
        BufferedImage image = new BufferedImage(160, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(image, INK_BLUE, 5f);
        g.draw(new CubicCurve2D.Float(10, 80, 40, 0, 70, 100, 100, 40));
        g.draw(new CubicCurve2D.Float(100, 40, 120, 10, 140, 80, 150, 30));
        g.dispose();
        return png(image);
    }

    private static Graphics2D start(BufferedImage image, Color colour, float width) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(colour);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return g;
    }

    private static void centre(Graphics2D g, String text, int x, int baseline) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
