/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.kernel.font.PdfFont;
import java.time.ZonedDateTime;
import java.util.List;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.appearance.AppearanceTexts;
import org.vnsign.signer.appearance.Artwork;

/**
 * The lines of a copy's mark, the incoming stamp and a signed comment, computed the same way when the block is
 * planned and when it is drawn, so the box fits what is printed in it.
 */
final class StampLines {
    /** A comment is wrapped to this width (about a third of an A4 page), then placed. */
    static final float COMMENT_WIDTH = 200f;

    private StampLines() {}

    static List<String> copy(AppearanceTexts texts, Appearance.Copy copy, ZonedDateTime now) {
        return texts.copy(copy.form(), copy.number(), now);
    }

    static List<String> incoming(AppearanceTexts texts, Appearance.Incoming incoming, ZonedDateTime now) {
        return texts.incoming(incoming.number(), now);
    }

    static List<String> comment(AppearanceTexts texts, PdfFont font, Appearance.Comment comment, ZonedDateTime now)
            throws SignerException {
        if (comment.text().isBlank()) {
            throw new SignerException(SignerError.COMMENT_EMPTY, "the comment has no text");
        }
        return texts.comment(Artwork.wrap(font, "Ý kiến: " + comment.text(), Artwork.TEXT_SIZE, COMMENT_WIDTH), now);
    }
}
