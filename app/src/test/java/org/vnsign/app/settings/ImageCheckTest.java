/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageCheckTest {
    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aPngWithATransparentBackgroundIsFit() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(20, 10, 0xFF0000FF);

        assertThat(ImageCheck.problem(encode(image, "png"))).isNull();
    }

    @Test
    void aPngWithAWhiteBackgroundWouldHideTheText() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);

        assertThat(ImageCheck.problem(encode(image, "png"))).isEqualTo(ImageCheck.Problem.NO_TRANSPARENCY);
    }

    @Test
    void aJpegIsNotAccepted() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);

        assertThat(ImageCheck.problem(encode(image, "jpg"))).isEqualTo(ImageCheck.Problem.NOT_PNG);
    }

    @Test
    void aDamagedPngIsUnreadable() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

        assertThat(ImageCheck.problem(header)).isEqualTo(ImageCheck.Problem.UNREADABLE);
    }
}
