/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

/**
 * A page's visible box in PDF points, with its lower-left corner: what the view needs to size a
 * page before it is rendered and to turn mouse positions into the coordinates the signer takes,
 * which are those of the page as shown, turned by its /Rotate ({@link org.vnsign.signer.Rect}).
 *
 * @param width the width as shown, after the page's rotation
 * @param height the height as shown, after the page's rotation
 */
public record PageSize(float x, float y, float width, float height) {}
