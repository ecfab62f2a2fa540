/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.appearance;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vnsign.signer.PrintedText;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.layout.Layout;

/**
 * Draws appearances as form XObjects: text in the embedded serif font (10 pt, black, upright, as
 * Appendix I of Decree 30 asks for the agency's text) and the profile's images at their aspect
 * ratio. One drawing may be shown many times: the initial mark is a single XObject on every page.
 */
public final class Artwork {
    public static final float TEXT_SIZE = 10f;
    public static final float LEADING = 12f;
    static final float MARK_TEXT_SIZE = 7f;
    static final float MARK_LEADING = 8.5f;
    static final float PADDING = 2f;

    private static final float WATERMARK_OPACITY = 0.55f;

    private final PdfDocument document;
    private final PdfFont font;
    private final String watermark;

    /** @param watermark text stamped across every drawing; empty for none */
    public Artwork(PdfDocument document, PdfFont font, String watermark) {
        this.document = document;
        this.font = font;
        this.watermark = Fonts.nfc(watermark.strip());
    }

    /** Reads a PNG or JPEG, refusing what is not an image. */
    public static ImageData image(byte[] bytes, String what) throws SignerException {
        try {
            return ImageDataFactory.create(bytes);
        } catch (RuntimeException e) {
            throw new SignerException(SignerError.IMAGE_UNREADABLE, "the " + what + " image is not a PNG or JPEG", e);
        }
    }

    /** Width of the widest line plus padding on both sides. */
    public static float width(PdfFont font, List<String> lines, float size) {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, font.getWidth(Fonts.nfc(line), size));
        }
        return widest + 2 * PADDING;
    }

    public static float height(List<String> lines, float leading) {
        return lines.size() * leading + 2 * PADDING;
    }

    /** An image fitted into the box, centred, aspect kept. */
    public PdfFormXObject image(float width, float height, ImageData image) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(form, document);
        canvas.addImageFittedIntoRectangle(image, centred(image, 0, 0, width, height), false);
        stampWatermark(canvas, form.getBBox().toRectangle());
        canvas.release();
        return form;
    }

    /**
     * Text lines from the top, left- or right-aligned, at 10 pt or smaller when the box the user
     * drew is too small for them: the text is never cut off.
     */
    public PdfFormXObject text(float width, float height, List<String> lines, boolean alignRight) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(form, document);
        float textWidth = width(font, lines, TEXT_SIZE) - 2 * PADDING;
        float textHeight = height(lines, LEADING) - 2 * PADDING;
        float scale = Math.min(1f, Math.min((width - 2 * PADDING) / textWidth, (height - 2 * PADDING) / textHeight));
        writeLines(canvas, lines, 0, width, height, TEXT_SIZE * scale, LEADING * scale, alignRight);
        stampWatermark(canvas, form.getBBox().toRectangle());
        canvas.release();
        return form;
    }

    /** Room between the frame of a stamp and its text, on each side. */
    static final float FRAME_GAP = 3f;

    static final float STAMP_TEXT_SIZE = 9f;
    static final float STAMP_LEADING = 10.5f;

    /** The width of a {@link #framed} stamp holding {@code lines}. */
    public static float framedWidth(PdfFont font, List<String> lines) {
        return width(font, lines, STAMP_TEXT_SIZE) + 2 * FRAME_GAP;
    }

    /** The height of a {@link #framed} stamp holding {@code lines}. */
    public static float framedHeight(List<String> lines) {
        return height(lines, STAMP_LEADING) + 2 * FRAME_GAP;
    }

    /**
     * A framed stamp, as the paper "ĐẾN" stamp looks: a red frame at the box's edge and the lines
     * inside it, shrunk like {@link #text} when the user drew the box smaller.
     */
    public PdfFormXObject framed(float width, float height, List<String> lines) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(form, document);
        float innerWidth = width - 2 * FRAME_GAP;
        float innerHeight = height - 2 * FRAME_GAP;
        float scale = Math.min(
                1f,
                Math.min(innerWidth / width(font, lines, STAMP_TEXT_SIZE), innerHeight / height(lines, STAMP_LEADING)));
        writeLines(
                canvas,
                lines,
                FRAME_GAP,
                width,
                height - FRAME_GAP,
                STAMP_TEXT_SIZE * scale,
                STAMP_LEADING * scale,
                false);
        canvas.saveState()
                .setStrokeColor(ColorConstants.RED)
                .setLineWidth(1f)
                .rectangle(0.5, 0.5, width - 1, height - 1)
                .stroke()
                .restoreState();
        stampWatermark(canvas, form.getBBox().toRectangle());
        canvas.release();
        return form;
    }

    /**
     * Breaks a person's text into lines no wider than {@code maxWidth} at {@code size}: at spaces,
     * at the person's own line breaks, and inside a word only when the word alone is too wide.
     */
    public static List<String> wrap(PdfFont font, String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : Fonts.nfc(text).strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getWidth(candidate, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (font.getWidth(rest, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && font.getWidth(rest.substring(0, cut), size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }

    /**
     * Text printed into a blank of the document (the number and the date at issue): at the size of
     * the text around it, or smaller when the blank is too narrow, on the line's baseline; over a
     * white ground when the blank holds dots, so the dots do not show through the digits.
     */
    public PdfFormXObject filled(PrintedText printed) {
        Rect box = printed.rect();
        PdfFormXObject form = new PdfFormXObject(new Rectangle(box.width(), box.height()));
        PdfCanvas canvas = new PdfCanvas(form, document);
        if (printed.coversLeaders()) {
            canvas.saveState()
                    .setFillColor(ColorConstants.WHITE)
                    .rectangle(0, 0, box.width(), box.height())
                    .fill()
                    .restoreState();
        }
        String text = Fonts.nfc(printed.text());
        float size = Math.min(
                printed.fontSize(), printed.fontSize() * box.width() / font.getWidth(text, printed.fontSize()));
        float textWidth = font.getWidth(text, size);
        float x = printed.alignRight() ? box.width() - textWidth : 0;
        float baseline =
                (box.height() - printed.fontSize() * Layout.LINE_BOX_EMS) / 2 + printed.fontSize() * Layout.DESCENT_EMS;
        canvas.beginText()
                .setFontAndSize(font, size)
                .moveText(x, baseline)
                .showText(text)
                .endText();
        canvas.release();
        return form;
    }

    /**
     * The agency signature: the seal at {@code sealSize} on the right end (the part that lies over
     * the approval signature), the text right-aligned against the seal's left side.
     */
    public PdfFormXObject issue(float width, float height, List<String> lines, ImageData seal, float sealSize) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(form, document);
        float textRight = width - sealSize - PADDING;
        float textHeight = height(lines, LEADING);
        float textTop = Math.min(height, (height + textHeight) / 2);
        writeLines(canvas, lines, 0, textRight, textTop, TEXT_SIZE, LEADING, true);
        canvas.addImageFittedIntoRectangle(
                seal, centred(seal, width - sealSize, (height - sealSize) / 2, sealSize, sealSize), false);
        stampWatermark(canvas, form.getBBox().toRectangle());
        canvas.release();
        return form;
    }

    /** The initial mark: the initial image on the left (if any), name and time on the right. */
    public PdfFormXObject mark(MarkDesign design, Optional<ImageData> image, List<String> lines) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(design.width(), design.height()));
        PdfCanvas canvas = new PdfCanvas(form, document);
        image.ifPresent(data -> canvas.addImageFittedIntoRectangle(
                data, centred(data, 0, 0, design.imageWidth(), design.height()), false));
        float textHeight = height(lines, MARK_LEADING);
        writeLines(
                canvas,
                lines,
                design.imageWidth(),
                design.width(),
                (design.height() + textHeight) / 2,
                MARK_TEXT_SIZE,
                MARK_LEADING,
                false);
        stampWatermark(canvas, form.getBBox().toRectangle());
        canvas.release();
        return form;
    }

    /** The watermark in red across the middle of the drawing, as wide as the drawing allows. */
    private void stampWatermark(PdfCanvas canvas, Rectangle box) {
        if (watermark.isEmpty()) {
            return;
        }
        float size = Math.min(box.getHeight() * 0.3f, (box.getWidth() - 2 * PADDING) / font.getWidth(watermark, 1f));
        float x = box.getX() + (box.getWidth() - font.getWidth(watermark, size)) / 2;
        float y = box.getY() + (box.getHeight() - size) / 2;
        PdfExtGState translucent = new PdfExtGState().setFillOpacity(WATERMARK_OPACITY);
        canvas.saveState()
                .setExtGState(translucent)
                .setFillColor(ColorConstants.RED)
                .beginText()
                .setFontAndSize(font, size)
                .moveText(x, y)
                .showText(watermark)
                .endText()
                .restoreState();
    }

    private void writeLines(
            PdfCanvas canvas,
            List<String> lines,
            float left,
            float right,
            float top,
            float size,
            float leading,
            boolean alignRight) {
        canvas.saveState().setFillColor(ColorConstants.BLACK);
        float baseline = top - PADDING - size * 0.9f;
        for (String raw : lines) {
            String line = Fonts.nfc(raw);
            float x = alignRight ? right - PADDING - font.getWidth(line, size) : left + PADDING;
            canvas.beginText()
                    .setFontAndSize(font, size)
                    .moveText(x, baseline)
                    .showText(line)
                    .endText();
            baseline -= leading;
        }
        canvas.restoreState();
    }

    /** The largest rectangle of the image's aspect ratio centred in the box. */
    private static Rectangle centred(ImageData image, float x, float y, float width, float height) {
        float scale = Math.min(width / image.getWidth(), height / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        return new Rectangle(x + (width - w) / 2, y + (height - h) / 2, w, h);
    }
}
