/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/** Where a visible signature goes: found automatically, or on a page and rectangle the user gave. */
public sealed interface Placement {
    /** Found from the document (signer's name and title, the earlier approval, the first page's corner). */
    record Auto() implements Placement {}

    /**
     * @param page 1-based page number, or {@link #LAST_PAGE}
     * @param rect the widget rectangle in points from the bottom-left of the page as shown (see
     *     {@link Rect})
     */
    record Fixed(int page, Rect rect) implements Placement {
        public Fixed {
            if (page < 1 && page != LAST_PAGE) {
                throw new IllegalArgumentException("pages start at 1: " + page);
            }
        }
    }

    /** Page number meaning "the last page". */
    int LAST_PAGE = -1;

    static Placement auto() {
        return new Auto();
    }
}
