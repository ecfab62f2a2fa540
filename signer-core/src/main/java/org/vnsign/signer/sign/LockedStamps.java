/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfStampAnnotation;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import org.vnsign.signer.Rect;
import org.vnsign.signer.appearance.Fonts;

/**
 * What the signature adds to a page that an earlier signature covers: a printed, locked stamp
 * annotation, which every validator allows after a signature (new page content would not be), and
 * which the signature being made then covers, so it cannot be changed afterwards.
 */
final class LockedStamps {
    private LockedStamps() {}

    /** Adds {@code appearance} at {@code rect} (user space) with {@code contents} for readers and screen readers. */
    static void add(PdfPage page, PdfFormXObject appearance, Rect rect, PdfName name, String contents) {
        PdfStampAnnotation stamp =
                new PdfStampAnnotation(new Rectangle(rect.x(), rect.y(), rect.width(), rect.height()));
        stamp.setStampName(name);
        stamp.setNormalAppearance(appearance.getPdfObject());
        stamp.setFlags(PdfAnnotation.PRINT | PdfAnnotation.LOCKED | PdfAnnotation.LOCKED_CONTENTS);
        stamp.setContents(Fonts.nfc(contents));
        page.addAnnotation(stamp);
    }
}
