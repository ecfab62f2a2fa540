/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/**
 * Which signature of Decree 30/2020 a request makes. One enum for every layer: the desktop's action
 * buttons, the CLI's {@code --kind}, the QLVB contract's actions and the field names in the PDF all
 * map to it, so a new kind is added in one place and the compiler finds every switch that must
 * learn it. {@link Appearance} adds what each kind needs (placement, number, copy form).
 */
public enum SignatureKind {
    /** The competent person's signature between title and name ("ký số phê duyệt"). */
    APPROVAL,
    /** The agency's seal over the approval signature ("ký số phát hành"). */
    ISSUE,
    /** Agency signature on an annex in its own file. */
    ANNEX,
    /** Agency signature on an electronic copy. */
    COPY,
    /**
     * The receiving agency's signature on a document that came in ("ký số văn bản đến"): the
     * incoming stamp with "ĐẾN", the incoming number and the time of receipt, in a corner of page 1.
     */
    INCOMING,
    /** A person's opinion ("ý kiến") printed in the signature's box, so it cannot change afterwards. */
    COMMENT,
    /** A mark on every chosen page and one signature over all ("ký tắt"). */
    INITIALS,
    /** No widget on any page. */
    INVISIBLE;

    /** Whether the appearance is one block the user places, rather than marks on many pages or nothing. */
    public boolean isBlock() {
        return this != INITIALS && this != INVISIBLE;
    }
}
