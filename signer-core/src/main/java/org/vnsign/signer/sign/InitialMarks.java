/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.AffineTransform;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.signatures.SignatureUtil;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignNotice;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.appearance.AppearanceTexts;
import org.vnsign.signer.appearance.Artwork;
import org.vnsign.signer.appearance.Fonts;
import org.vnsign.signer.appearance.MarkDesign;
import org.vnsign.signer.document.CertificationRules;
import org.vnsign.signer.document.StampNames;
import org.vnsign.signer.layout.Layout;
import org.vnsign.signer.layout.PageFrame;

/**
 * Initials ("ký tắt") on every chosen page, covered by one signature. The marks are added to the
 * revision that the signature then hashes, so validators see one signature over the whole document
 * and no unsigned change. One form XObject is drawn on every page, so 200 pages cost one drawing.
 *
 * <p>On a document without signatures the marks are page content (visible in every viewer, tamper
 * evident). When earlier signatures exist, new page content would count as a forbidden change for
 * them, so the marks become locked stamp annotations, a change every validator allows. A
 * certification that forbids annotations (DocMDP P=2) refuses the marks.
 */
final class InitialMarks {
    private static final byte[] SAVE = "q\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESTORE = "Q\n".getBytes(StandardCharsets.US_ASCII);

    private InitialMarks() {}

    /** Where the marks and the widget go, and whether the marks must be annotations. */
    static Layout.InitialsSpots plan(
            PdfDocument document,
            Layout layout,
            Appearance.Initials initials,
            PdfFont font,
            SignProfile profile,
            AppearanceTexts texts,
            ZonedDateTime now)
            throws SignerException {
        int permission = CertificationRules.docMdpPermission(document);
        Optional<ImageData> image = SigningChecks.optionalImage(profile.initialImage(), "initial");
        MarkDesign design = MarkDesign.of(font, image, texts.mark(now));
        Layout.InitialsSpots spots = layout.initials(initials, design.width(), design.height());
        List<SignNotice> notices = new ArrayList<>(spots.notices());
        if (permission == 3 || !new SignatureUtil(document).getSignatureNames().isEmpty()) {
            notices.add(new SignNotice(SignNotice.Kind.MARKS_AS_ANNOTATIONS, 0));
        }
        return new Layout.InitialsSpots(spots.marks(), spots.widget(), notices);
    }

    /** Draws the marks of the plan into the signing revision; returns the drawing for the widget, if any. */
    static Optional<PdfFormXObject> stamp(
            SigningPlan plan, PdfDocument document, Artwork artwork, AppearanceTexts texts, ZonedDateTime now)
            throws SignerException {
        Optional<ImageData> image =
                SigningChecks.optionalImage(plan.request().profile().initialImage(), "initial");
        List<String> lines = texts.mark(now);
        PdfFormXObject mark = artwork.mark(MarkDesign.of(Fonts.serif(), image, lines), image, lines);
        boolean asAnnotations = plan.notices().stream().anyMatch(n -> n.kind() == SignNotice.Kind.MARKS_AS_ANNOTATIONS);
        Map<Integer, PdfFormXObject> appearanceByRotation = new HashMap<>();
        for (Map.Entry<Integer, Rect> entry : plan.marks().entrySet()) {
            PdfPage page = document.getPage(entry.getKey());
            PageFrame frame = PageFrame.of(page);
            Rect shown = entry.getValue();
            if (asAnnotations) {
                PdfFormXObject appearance = appearanceByRotation.computeIfAbsent(
                        frame.rotation(), rotation -> frame.uprightAppearance(mark, document));
                LockedStamps.add(
                        page, appearance, frame.toUser(shown), StampNames.INITIAL, "Ký tắt: " + texts.signerName());
            } else {
                addContent(document, page, mark, frame.upright(shown));
            }
        }
        return plan.signatureRect().isPresent() ? Optional.of(mark) : Optional.empty();
    }

    private static void addContent(PdfDocument document, PdfPage page, PdfFormXObject mark, AffineTransform placing) {
        // The page's own content may leave its graphics state changed; q ... Q around it restores the
        // default state, so the mark lands at page coordinates whatever the content did.
        page.newContentStreamBefore().getOutputStream().writeBytes(SAVE);
        PdfStream after = page.newContentStreamAfter();
        after.getOutputStream().writeBytes(RESTORE);
        float[] matrix = new float[6];
        placing.getMatrix(matrix);
        new PdfCanvas(after, page.getResources(), document)
                .addXObjectWithTransformationMatrix(
                        mark, matrix[0], matrix[1], matrix[2], matrix[3], matrix[4], matrix[5])
                .release();
    }
}
