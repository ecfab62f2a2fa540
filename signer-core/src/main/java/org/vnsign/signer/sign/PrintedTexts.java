/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import org.vnsign.signer.PrintedText;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.appearance.Artwork;
import org.vnsign.signer.document.StampNames;
import org.vnsign.signer.layout.PageFrame;

/**
 * Prints the plan's texts into the document's blanks (the number and date at issue) in the
 * revision being signed. The approval signature is already on the page, so each text is a locked
 * stamp, not page content: the approval stays valid, and the agency signature covers the stamp.
 */
final class PrintedTexts {
    private PrintedTexts() {}

    static void print(SigningPlan plan, PdfDocument document, Artwork artwork) {
        for (PrintedText printed : plan.printed()) {
            PdfPage page = document.getPage(printed.page());
            PageFrame frame = PageFrame.of(page);
            LockedStamps.add(
                    page,
                    frame.uprightAppearance(artwork.filled(printed), document),
                    frame.toUser(printed.rect()),
                    StampNames.ISSUE_NUMBERING,
                    printed.text());
        }
    }
}
