/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import com.itextpdf.kernel.geom.AffineTransform;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import org.vnsign.signer.Rect;

/**
 * A page as its reader sees it: the crop box turned by the page's /Rotate. Layout and the plan's
 * rectangles live in this <em>shown</em> space, so "bottom right", "above the name" and a box the
 * user drew mean what they look like, whichever way the page is stored. Shown space has its origin
 * at the crop box's lower-left corner, like user space; for an unturned page the two are the same.
 *
 * <p>PDF turns a page clockwise by /Rotate for display, annotations with it. Anything drawn for the
 * reader (a mark, a signature's appearance) is therefore turned the other way in user space by
 * {@link #upright}, so that it reads upright on screen and on paper.
 */
public final class PageFrame {
    private final Rectangle crop;
    private final int rotation;

    private PageFrame(Rectangle crop, int rotation) {
        this.crop = crop;
        this.rotation = rotation;
    }

    public static PageFrame of(PdfPage page) {
        return of(page.getCropBox(), page.getRotation());
    }

    public static PageFrame of(Rectangle crop, int rotate) {
        int normalized = Math.floorMod(rotate, 360);
        return new PageFrame(crop, normalized - normalized % 90);
    }

    /** The page's clockwise turn: 0, 90, 180 or 270. */
    public int rotation() {
        return rotation;
    }

    private boolean sideways() {
        return rotation == 90 || rotation == 270;
    }

    /** The crop box as shown: its width and height swap on a page turned sideways. */
    Rectangle shown() {
        return sideways() ? new Rectangle(crop.getX(), crop.getY(), crop.getHeight(), crop.getWidth()) : crop;
    }

    /** A rectangle of user space (text, annotations), as the reader sees it. */
    Rect toShown(Rect user) {
        return bounding(toShown(user.x(), user.y()), toShown(user.right(), user.top()));
    }

    /** A rectangle as the reader sees it, in user space (where /Rect and content live). */
    public Rect toUser(Rect shown) {
        return bounding(toUser(shown.x(), shown.y()), toUser(shown.right(), shown.top()));
    }

    /** A point of user space, as shown. */
    float[] toShown(float x, float y) {
        float u = x - crop.getX();
        float v = y - crop.getY();
        float width = crop.getWidth();
        float height = crop.getHeight();
        return switch (rotation) {
            case 90 -> point(v, width - u);
            case 180 -> point(width - u, height - v);
            case 270 -> point(height - v, u);
            default -> point(u, v);
        };
    }

    private float[] toUser(float x, float y) {
        float s = x - crop.getX();
        float t = y - crop.getY();
        float width = crop.getWidth();
        float height = crop.getHeight();
        float[] relative =
                switch (rotation) {
                    case 90 -> new float[] {width - t, s};
                    case 180 -> new float[] {width - s, height - t};
                    case 270 -> new float[] {t, height - s};
                    default -> new float[] {s, t};
                };
        return new float[] {relative[0] + crop.getX(), relative[1] + crop.getY()};
    }

    private float[] point(float u, float v) {
        return new float[] {u + crop.getX(), v + crop.getY()};
    }

    private static Rect bounding(float[] a, float[] b) {
        float x = Math.min(a[0], b[0]);
        float y = Math.min(a[1], b[1]);
        return new Rect(x, y, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    }

    /**
     * The transformation that draws a drawing of the shown rectangle's size (origin at its lower
     * left, upright) so that it fills {@code shown} on this page and reads upright.
     */
    public AffineTransform upright(Rect shown) {
        Rect user = toUser(shown);
        AffineTransform transform = AffineTransform.getTranslateInstance(user.x(), user.y());
        transform.concatenate(turn(shown.width(), shown.height()));
        return transform;
    }

    /**
     * The drawing as an annotation's appearance on this page: itself on an unturned page, else
     * wrapped in a form whose /Matrix turns it against the page, so that it reads upright where
     * the annotation's /Rect (in user space) puts it.
     */
    public PdfFormXObject uprightAppearance(PdfFormXObject drawing, PdfDocument document) {
        if (rotation == 0) {
            return drawing;
        }
        Rectangle box = drawing.getBBox().toRectangle();
        PdfFormXObject turned = new PdfFormXObject(new Rectangle(0, 0, box.getWidth(), box.getHeight()));
        double[] matrix = new double[6];
        turn(box.getWidth(), box.getHeight()).getMatrix(matrix);
        turned.put(PdfName.Matrix, new PdfArray(matrix));
        new PdfCanvas(turned, document).addXObjectAt(drawing, 0, 0).release();
        return turned;
    }

    /** Turns a width by height drawing against the page's rotation, into the positive quadrant. */
    private AffineTransform turn(float width, float height) {
        return switch (rotation) {
            case 90 -> new AffineTransform(0, 1, -1, 0, height, 0);
            case 180 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 270 -> new AffineTransform(0, -1, 1, 0, 0, width);
            default -> new AffineTransform();
        };
    }
}
