/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/**
 * Text the signature prints into a blank of the document, such as the number and date the clerk
 * assigns at issue. Part of the plan, so the user sees it before the PIN and the signed revision
 * holds exactly it.
 *
 * @param page 1-based page
 * @param rect the blank it goes into, on the page as shown
 * @param text what is printed
 * @param fontSize the size of the text around the blank, so the filled line reads as one
 * @param coversLeaders whether the blank holds dots or underscores ("Số: ……") that the text covers
 * @param alignRight true when the text ends at the blank's right edge (a number before a printed notation)
 */
public record PrintedText(
        int page, Rect rect, String text, float fontSize, boolean coversLeaders, boolean alignRight) {}
