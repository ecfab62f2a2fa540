/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.appearance;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.font.PdfFont;
import java.util.List;
import java.util.Optional;

/**
 * Size of the initial mark: a small initial image about 8 mm high, and two short lines (name,
 * date and time) in 7 pt.
 */
public record MarkDesign(float imageWidth, float width, float height) {
    static final float HEIGHT = 24f;
    private static final float MAX_IMAGE_WIDTH = 48f;

    public static MarkDesign of(PdfFont font, Optional<ImageData> image, List<String> lines) {
        float imageWidth = image.map(data -> Math.min(MAX_IMAGE_WIDTH, HEIGHT * data.getWidth() / data.getHeight()))
                .orElse(0f);
        float textWidth = Artwork.width(font, lines, Artwork.MARK_TEXT_SIZE);
        return new MarkDesign(imageWidth, imageWidth + textWidth, HEIGHT);
    }
}
