/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The one package that uses iText: opening, laying out, drawing and signing PDF documents. */
package org.vnsign.signer.pdf;
