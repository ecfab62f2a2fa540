/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import java.util.List;

/**
 * Which page the page indicator names while pages scroll by: the one that takes the most of the
 * view, not the first one with a sliver still showing at the top (that named page 1 of 2 while the
 * user read page 2, issue 21). On a tie, the earlier page.
 */
final class ShownPage {
    /** A page on screen: its 1-based number and its top and bottom in view pixels (may reach past the view). */
    record Span(int page, double top, double bottom) {}

    private ShownPage() {}

    /** The page taking the most of a view {@code height} pixels tall; 0 when none is on screen. */
    static int of(List<Span> visible, double height) {
        int best = 0;
        double bestShown = 0;
        for (Span span : visible) {
            double shown = Math.min(span.bottom(), height) - Math.max(span.top(), 0);
            if (shown > bestShown) {
                best = span.page();
                bestShown = shown;
            }
        }
        return best;
    }
}
