/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The continuous page view: PDFBox rendering off the UI thread, a bounded cache, zoom. */
package org.vnsign.app.preview;
