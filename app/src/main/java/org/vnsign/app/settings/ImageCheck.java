/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Checks a profile image before it is saved: a readable PNG whose background is transparent, as
 * Decree 30 appearances need (a white box over the text would hide the document).
 */
public final class ImageCheck {
    /** What is wrong with an image, each with a message {@code settings.image.<name>}. */
    public enum Problem {
        UNREADABLE,
        NOT_PNG,
        NO_TRANSPARENCY
    }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    private ImageCheck() {}

    /** The problem with the image at {@code file}, or null when it is fit. */
    public static Problem problem(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Problem.UNREADABLE;
        }
        return problem(bytes);
    }

    static Problem problem(byte[] bytes) {
        if (bytes.length < PNG_MAGIC.length
                || !java.util.Arrays.equals(bytes, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length)) {
            return Problem.NOT_PNG;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return Problem.UNREADABLE;
        }
        if (image == null) {
            return Problem.UNREADABLE;
        }
        if (!image.getColorModel().hasAlpha() || !cornersTransparent(image)) {
            return Problem.NO_TRANSPARENCY;
        }
        return null;
    }

    private static boolean cornersTransparent(BufferedImage image) {
        int right = image.getWidth() - 1;
        int bottom = image.getHeight() - 1;
        return transparent(image, 0, 0)
                && transparent(image, right, 0)
                && transparent(image, 0, bottom)
                && transparent(image, right, bottom);
    }

    private static boolean transparent(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) >>> 24) < 16;
    }
}
