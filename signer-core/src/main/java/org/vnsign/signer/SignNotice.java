/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/**
 * Something the user should know about a signature that was still made.
 *
 * @param kind what happened
 * @param page the page concerned, 0 for the whole document
 */
public record SignNotice(Kind kind, int page) {
    public enum Kind {
        /** Initials: no "./." end mark was found, so no initial widget; the marks carry the look. */
        END_MARK_NOT_FOUND,
        /** An initial mark could not avoid all text in its margin and was placed in the least crowded spot. */
        MARK_OVERLAPS_TEXT,
        /** Earlier signatures exist, so marks were added as locked stamp annotations to keep them valid. */
        MARKS_AS_ANNOTATIONS,
        /** The document carries no earlier approval signature; issuing was placed where the user said. */
        NO_APPROVAL_SIGNATURE
    }
}
