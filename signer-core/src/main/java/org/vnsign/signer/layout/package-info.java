/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * Where marks and signature boxes go on a page: the page as shown (crop box, rotation), the text
 * already printed there with its bounds, and the searches that find free space between title and
 * name, along a margin, or after the end mark "./.". Decides rectangles; draws nothing.
 */
package org.vnsign.signer.layout;
