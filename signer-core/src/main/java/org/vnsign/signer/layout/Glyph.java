/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import org.vnsign.signer.Rect;

/** One character drawn on a page, with its box in page space. */
record Glyph(String text, float left, float bottom, float right, float top, float baseline) {
    float height() {
        return Math.max(top - bottom, 1f);
    }

    Rect box() {
        return new Rect(left, bottom, Math.max(right - left, 0.1f), height());
    }
}
