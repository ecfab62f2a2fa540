/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignatureKind;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.appearance.AppearanceTexts;
import org.vnsign.signer.appearance.Artwork;
import org.vnsign.signer.appearance.Fonts;
import org.vnsign.signer.layout.Layout;

/**
 * Draws the planned signature into the revision being signed: the widget's appearance for the
 * kind, and for initials the marks on every chosen page (which become part of the signed revision).
 */
final class SignatureDrawing {
    /** Below this, a hand-drawn box is too narrow for text beside the seal: the seal takes the box. */
    private static final float MIN_SEAL_ROOM = 20f;

    private SignatureDrawing() {}

    /** The seal's diameter in points. */
    static float sealSize(SignProfile profile) {
        return (float) profile.sealDiameterMm() * Layout.POINTS_PER_MM;
    }

    /** The widget's appearance in shown space, or empty for a signature without a widget. */
    static Optional<PdfFormXObject> draw(SigningPlan plan, PdfDocument document, ZonedDateTime now)
            throws SignerException {
        SigningRequest request = plan.request();
        SignProfile profile = request.profile();
        AppearanceTexts texts = new AppearanceTexts(profile, plan.identity().signer());
        Artwork artwork = new Artwork(document, Fonts.serif(), profile.watermark());
        Appearance appearance = request.appearance();
        if (appearance.kind() == SignatureKind.INITIALS) {
            return InitialMarks.stamp(plan, document, artwork, texts, now);
        }
        PrintedTexts.print(plan, document, artwork);
        Optional<Rect> rect = plan.signatureRect();
        if (rect.isEmpty()) {
            return Optional.empty();
        }
        float width = rect.get().width();
        float height = rect.get().height();
        return switch (appearance.kind()) {
            case APPROVAL -> {
                Optional<ImageData> image = SigningChecks.optionalImage(profile.signatureImage(), "signature");
                yield Optional.of(
                        image.isPresent()
                                ? artwork.image(width, height, image.get())
                                : artwork.text(width, height, List.of(texts.signerName(), texts.time(now)), false));
            }
            case ISSUE -> {
                ImageData seal = SigningChecks.requiredImage(profile.sealImage(), "seal");
                List<String> lines = texts.issue(now);
                // The planner may have made the seal smaller to keep it off the page's words: the
                // seal takes what the text block leaves of the width.
                float room = width - Artwork.width(Fonts.serif(), lines, Artwork.TEXT_SIZE);
                float sealSize = Math.min(sealSize(profile), Math.min(height, room >= MIN_SEAL_ROOM ? room : width));
                yield Optional.of(artwork.issue(width, height, lines, seal, sealSize));
            }
            case ANNEX ->
                Optional.of(artwork.text(
                        width, height, texts.annex(((Appearance.Annex) appearance).documentNumber(), now), false));
            case COPY ->
                Optional.of(
                        artwork.text(width, height, StampLines.copy(texts, (Appearance.Copy) appearance, now), false));
            case INCOMING ->
                Optional.of(artwork.framed(
                        width, height, StampLines.incoming(texts, (Appearance.Incoming) appearance, now)));
            case COMMENT ->
                Optional.of(artwork.text(
                        width,
                        height,
                        StampLines.comment(texts, Fonts.serif(), (Appearance.Comment) appearance, now),
                        false));
            case INITIALS, INVISIBLE -> Optional.empty();
        };
    }
}
