/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.util.Optional;

/**
 * What the signature looks like on the page, one kind per Decree 30/2020 Appendix I case. The
 * people and images come from the {@link SignProfile}; the kind only says what to draw and where.
 */
public sealed interface Appearance {
    /** Which of the Decree 30 signatures this is. */
    SignatureKind kind();

    /** No widget on any page. */
    record Invisible() implements Appearance {
        @Override
        public SignatureKind kind() {
            return SignatureKind.INVISIBLE;
        }
    }

    /** The competent person's signature ("ký số phê duyệt"): their signature image between title and name. */
    record Approval(Placement placement) implements Appearance {
        @Override
        public SignatureKind kind() {
            return SignatureKind.APPROVAL;
        }
    }

    /**
     * The agency's signature ("ký số phát hành"): the seal at real size over the left third of the
     * approval signature, with the agency name and signing time. Automatic placement needs the
     * approval signature already in the document. The {@code numbering} the clerk assigns is
     * printed into the first page's number and date lines in the same revision.
     */
    record Issue(Placement placement, IssueNumbering numbering) implements Appearance {
        /** Issuing a document whose number and date are already printed (or not wanted). */
        public Issue(Placement placement) {
            this(placement, IssueNumbering.none());
        }

        @Override
        public SignatureKind kind() {
            return SignatureKind.ISSUE;
        }
    }

    /** Agency signature on an annex in its own file: number/notation and time, top right of page 1, no image. */
    record Annex(String documentNumber, Placement placement) implements Appearance {
        @Override
        public SignatureKind kind() {
            return SignatureKind.ANNEX;
        }
    }

    /**
     * Agency signature on an electronic copy: copy form, copying agency, the copy's own number and
     * time, top right of page 1, no image (Decree 30/2020 Art. 26 and Appendix I).
     *
     * @param number the copy's own number and notation ("05/SY-VP"); empty prints no number line
     */
    record Copy(CopyForm form, String number, Placement placement) implements Appearance {
        public Copy {
            number = number == null ? "" : number.strip();
        }

        /** A copy without its own number. */
        public Copy(CopyForm form, Placement placement) {
            this(form, "", placement);
        }

        @Override
        public SignatureKind kind() {
            return SignatureKind.COPY;
        }
    }

    /**
     * The receiving agency's incoming stamp ("dấu đến", Decree 30/2020 Art. 22 and Appendix IV) on a
     * document it received: the agency, "ĐẾN", the incoming number and the date and time of receipt
     * (the signing time), framed like the paper stamp, in {@code corner} of page 1 or the nearest
     * spot there that covers no text. The sender's signatures stay valid: it is a new signature.
     *
     * @param number the incoming number ("số đến") the register gave; empty prints no number line
     */
    record Incoming(String number, Corner corner, Placement placement) implements Appearance {
        public Incoming {
            number = number == null ? "" : number.strip();
        }

        @Override
        public SignatureKind kind() {
            return SignatureKind.INCOMING;
        }
    }

    /**
     * A signed opinion ("ý kiến"): the text the person typed, their name and the signing time, in
     * the signature's own box and in its /Reason. A signature field rather than a free-text note,
     * so that a later change shows as a change after the signature, and a document certified to
     * allow only form filling and signing (DocMDP 2) keeps its certification.
     *
     * @param text the opinion; not blank
     */
    record Comment(String text, Placement placement) implements Appearance {
        public Comment {
            text = text == null ? "" : text.strip();
        }

        @Override
        public SignatureKind kind() {
            return SignatureKind.COMMENT;
        }
    }

    /**
     * Initials ("ký tắt"): a small mark on the chosen pages and a signature widget after the end mark
     * "./." when there is one, all covered by the one signature.
     *
     * @param corner where the mark goes on each page, moving along the margin when text is in the way
     * @param at when present, the mark's lower-left corner on every page instead of the corner search,
     *     in points from the lower-left of the page's crop box (the user moved the mark by hand)
     */
    record Initials(PageSelection pages, Corner corner, Optional<MarkPosition> at) implements Appearance {
        public Initials(PageSelection pages, Corner corner) {
            this(pages, corner, Optional.empty());
        }

        @Override
        public SignatureKind kind() {
            return SignatureKind.INITIALS;
        }
    }
}
