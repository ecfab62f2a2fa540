/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.bench;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import java.nio.file.Path;
import org.vnsign.signer.PlainItextSigner;
import org.vnsign.testsupport.pki.TestIdentity;

/**
 * The iText peer of VNSign's initials: the same initial image stamped at a fixed spot in the
 * bottom-right margin of every page, in the revision one detached signature then covers. It looks
 * at no text, so it is the floor of what initialing with iText costs; VNSign also keeps the marks
 * off the text and finds the end mark "./.".
 */
final class PlainItextInitials {
    private static final float WIDTH = 90;
    private static final float HEIGHT = 30;

    private PlainItextInitials() {}

    static void sign(Path input, Path output, TestIdentity identity, byte[] initialPng) throws Exception {
        PlainItextSigner.sign(
                input, output, identity, PlainItextSigner.Options.approval(), document -> stamp(document, initialPng));
    }

    private static void stamp(PdfDocument document, byte[] initialPng) {
        PdfImageXObject image = new PdfImageXObject(ImageDataFactory.create(initialPng));
        for (int number = 1; number <= document.getNumberOfPages(); number++) {
            PdfPage page = document.getPage(number);
            Rectangle crop = page.getCropBox();
            new PdfCanvas(page.newContentStreamAfter(), page.getResources(), document)
                    .addXObjectFittedIntoRectangle(
                            image, new Rectangle(crop.getRight() - 28 - WIDTH, crop.getBottom() + 14, WIDTH, HEIGHT))
                    .release();
        }
    }
}
