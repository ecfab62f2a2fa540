/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.Corner;
import org.vnsign.signer.Placement;
import org.vnsign.signer.PrintedText;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignNotice;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SignerIdentity;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.appearance.AppearanceTexts;
import org.vnsign.signer.appearance.Artwork;
import org.vnsign.signer.appearance.Fonts;
import org.vnsign.signer.layout.Layout;

/**
 * Lays out one request on the read-only document: where the signature box goes (between title
 * and name, over the approval signature, top right of page 1, or where the user put it) and, for
 * initials, where each page's mark goes. The plan is what the user confirms before the PIN.
 */
final class SignaturePlanner {
    private final SigningRequest request;
    private final SignerIdentity identity;
    private final PdfDocument document;
    private final ZonedDateTime now;
    private final SignProfile profile;
    private final AppearanceTexts texts;
    private final Layout layout;
    private final PdfFont font = Fonts.serif();

    SignaturePlanner(SigningRequest request, SignerIdentity identity, PdfDocument document, ZonedDateTime now) {
        this.request = request;
        this.identity = identity;
        this.document = document;
        this.now = now;
        this.profile = request.profile();
        this.texts = new AppearanceTexts(profile, identity.signer());
        this.layout = new Layout(document);
    }

    SigningPlan plan() throws SignerException {
        Appearance appearance = request.appearance();
        return switch (appearance.kind()) {
            case APPROVAL -> approval(((Appearance.Approval) appearance).placement());
            case ISSUE -> issue((Appearance.Issue) appearance);
            case ANNEX -> {
                Appearance.Annex annex = (Appearance.Annex) appearance;
                yield textBlock(annex.placement(), texts.annex(annex.documentNumber(), now));
            }
            case COPY -> {
                Appearance.Copy copy = (Appearance.Copy) appearance;
                yield textBlock(copy.placement(), StampLines.copy(texts, copy, now));
            }
            case INCOMING -> {
                Appearance.Incoming incoming = (Appearance.Incoming) appearance;
                yield freeBlock(
                        incoming.placement(), 1, incoming.corner(), StampLines.incoming(texts, incoming, now), true);
            }
            case COMMENT -> {
                Appearance.Comment comment = (Appearance.Comment) appearance;
                yield freeBlock(
                        comment.placement(),
                        layout.pageCount(),
                        Corner.BOTTOM_RIGHT,
                        StampLines.comment(texts, font, comment, now),
                        false);
            }
            case INITIALS -> {
                Layout.InitialsSpots spots = InitialMarks.plan(
                        document, layout, (Appearance.Initials) appearance, font, profile, texts, now);
                yield result(
                        spots.widget().map(Layout.Spot::page).orElse(0),
                        spots.widget().map(Layout.Spot::rect),
                        spots.marks(),
                        spots.notices(),
                        List.of());
            }
            case INVISIBLE -> result(0, Optional.empty(), Map.of(), List.of(), List.of());
        };
    }

    private SigningPlan approval(Placement placement) throws SignerException {
        Optional<ImageData> image = SigningChecks.optionalImage(profile.signatureImage(), "signature");
        if (placement instanceof Placement.Fixed fixed) {
            return visible(layout.fixed(fixed), List.of());
        }
        float aspect = image.map(data -> data.getWidth() / data.getHeight()).orElse(0f);
        return visible(layout.approval(texts.signerName(), texts.title(), aspect), List.of());
    }

    /** The seal over the approval, and the number and date the clerk assigned printed into their blanks. */
    private SigningPlan issue(Appearance.Issue issue) throws SignerException {
        SigningChecks.requiredImage(profile.sealImage(), "seal");
        List<PrintedText> printed = layout.numbering(issue.numbering());
        if (issue.placement() instanceof Placement.Fixed fixed) {
            List<SignNotice> notices = layout.lastApprovalSignature().isPresent()
                    ? List.of()
                    : List.of(new SignNotice(SignNotice.Kind.NO_APPROVAL_SIGNATURE, 0));
            Layout.Spot spot = layout.fixed(fixed);
            return result(spot.page(), Optional.of(spot.rect()), Map.of(), notices, printed);
        }
        Layout.Spot approval = layout.lastApprovalSignature()
                .orElseThrow(() -> new SignerException(
                        SignerError.PLACEMENT_NOT_FOUND,
                        "no approval signature to put the seal on: the competent person signs first"));
        List<String> lines = texts.issue(now);
        Layout.FoundSpot spot = layout.issueOver(
                approval,
                SignatureDrawing.sealSize(profile),
                Artwork.width(font, lines, Artwork.TEXT_SIZE),
                Artwork.height(lines, Artwork.LEADING));
        return result(
                spot.spot().page(), Optional.of(spot.spot().rect()), Map.of(), spot.notices(approval.page()), printed);
    }

    private SigningPlan textBlock(Placement placement, List<String> lines) throws SignerException {
        if (placement instanceof Placement.Fixed fixed) {
            return visible(layout.fixed(fixed), List.of());
        }
        float width = Artwork.width(font, lines, Artwork.TEXT_SIZE);
        float height = Artwork.height(lines, Artwork.LEADING);
        Layout.FoundSpot spot = layout.topRightOfFirstPage(width, height);
        return visible(spot.spot(), spot.notices(1));
    }

    /**
     * A block in a corner of {@code page}, or the nearest spot from there that covers no text: the
     * incoming stamp on page 1 (framed), a comment on the last page.
     */
    private SigningPlan freeBlock(Placement placement, int page, Corner corner, List<String> lines, boolean framed)
            throws SignerException {
        if (placement instanceof Placement.Fixed fixed) {
            return visible(layout.fixed(fixed), List.of());
        }
        Layout.FoundSpot spot = framed
                ? layout.freeSpot(page, corner, Artwork.framedWidth(font, lines), Artwork.framedHeight(lines))
                : layout.freeSpot(
                        page,
                        corner,
                        Artwork.width(font, lines, Artwork.TEXT_SIZE),
                        Artwork.height(lines, Artwork.LEADING));
        return visible(spot.spot(), spot.notices(page));
    }

    private SigningPlan visible(Layout.Spot spot, List<SignNotice> notices) throws SignerException {
        return result(spot.page(), Optional.of(spot.rect()), Map.of(), notices, List.of());
    }

    private SigningPlan result(
            int page,
            Optional<Rect> rect,
            Map<Integer, Rect> marks,
            List<SignNotice> notices,
            List<PrintedText> printed)
            throws SignerException {
        return new SigningPlan(request, identity, layout.pageCount(), page, rect, marks, notices, printed);
    }
}
