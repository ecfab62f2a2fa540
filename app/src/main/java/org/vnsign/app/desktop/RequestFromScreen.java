/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vnsign.app.placement.Box;
import org.vnsign.app.placement.PlacementViewModel;
import org.vnsign.app.settings.Settings;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.Corner;
import org.vnsign.signer.MarkPosition;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.PageSelection;
import org.vnsign.signer.Placement;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignatureKind;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.TimestampServer;

/**
 * Turns what the user set up on screen into a signing request: the action's appearance, placed
 * automatically (for the live preview) or exactly where the user sees it (for signing), and the
 * level from the settings (B-T when a time-stamp server is set, else B-B).
 */
final class RequestFromScreen {
    private final PlacementViewModel placement;

    RequestFromScreen(PlacementViewModel placement) {
        this.placement = placement;
    }

    static String suffix(SignatureKind action) {
        return OutputFiles.suffixFor(action);
    }

    /**
     * The appearance placed by the signer itself; call on the UI thread.
     *
     * @param pages the pages to initial ("1-3,7", "last", empty for all)
     * @throws IllegalArgumentException when {@code pages} is not a page list
     */
    Appearance automatic(SignatureKind action, ClerkEntries.Values clerk, String pages, Settings settings) {
        if (action == SignatureKind.COMMENT && clerk.comment().isBlank()) {
            // Where the comment goes is shown before the words are typed; signing it empty is refused.
            return new Appearance.Comment(COMMENT_PLACEHOLDER, Placement.auto());
        }
        return appearance(action, Placement.auto(), clerk, pages, settings, Optional.empty());
    }

    /** Stands in for a comment not yet typed, for the preview of its place: about one line of words. */
    static final String COMMENT_PLACEHOLDER = "…………………………………………………………………";

    /** The appearance exactly as on screen; call on the UI thread. */
    Appearance asPlaced(SignatureKind action, ClerkEntries.Values clerk, String pages, Settings settings) {
        Box block = placement.blockProperty().get();
        Placement where = block == null
                ? Placement.auto()
                : new Placement.Fixed(block.page(), new Rect(block.x(), block.y(), block.width(), block.height()));
        Optional<MarkPosition> mark =
                placement.handPlacedMarkProperty().get().map(box -> new MarkPosition(box.x(), box.y()));
        return appearance(action, where, clerk, pages, settings, mark);
    }

    static SigningRequest request(
            Path input, Path output, char[] password, Appearance appearance, SignProfile profile, Settings settings) {
        SigningRequest request = SigningRequest.of(input, output, appearance, profile);
        if (password != null) {
            request = request.withPassword(password.clone());
        }
        SignatureLevel level = SignatureLevel.parse(settings.level());
        if (level != SignatureLevel.B_B) {
            request = request.withLevel(
                    level, settings.tsaUrl().isBlank() ? List.of() : List.of(TimestampServer.of(settings.tsaUrl())));
        }
        return request;
    }

    private static Appearance appearance(
            SignatureKind action,
            Placement where,
            ClerkEntries.Values clerk,
            String pages,
            Settings settings,
            Optional<MarkPosition> mark) {
        return switch (action) {
            case APPROVAL -> new Appearance.Approval(where);
            case ISSUE -> new Appearance.Issue(where, clerk.numbering());
            case ANNEX -> new Appearance.Annex(clerk.documentNumber(), where);
            case COPY -> new Appearance.Copy(clerk.copyForm(), clerk.documentNumber(), where);
            case INCOMING -> new Appearance.Incoming(clerk.documentNumber(), clerk.stampCorner(), where);
            case COMMENT -> new Appearance.Comment(clerk.comment(), where);
            case INITIALS ->
                new Appearance.Initials(
                        pages.isBlank() ? PageSelection.all() : PageSelection.parse(pages), corner(settings), mark);
            case INVISIBLE -> new Appearance.Invisible();
        };
    }

    private static Corner corner(Settings settings) {
        try {
            return Corner.valueOf(settings.corner());
        } catch (IllegalArgumentException e) {
            return Corner.BOTTOM_RIGHT;
        }
    }
}
