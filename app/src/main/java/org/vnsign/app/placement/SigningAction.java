/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.placement;

/** What the user does to the open document; each has its own appearance (Decree 30/2020). */
public enum SigningAction {
    /** The competent person's signature between title and name ("ký số phê duyệt"). */
    APPROVAL,
    /** The agency's seal over the approval signature ("ký số phát hành"). */
    ISSUE,
    /** Agency signature on an annex in its own file. */
    ANNEX,
    /** Agency signature on an electronic copy. */
    COPY,
    /** A mark on every page and one signature over all ("ký tắt"). */
    INITIAL;

    /** Whether the appearance is one block the user places, rather than marks on many pages. */
    public boolean isBlock() {
        return this != INITIAL;
    }
}
