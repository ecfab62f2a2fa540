/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import com.itextpdf.kernel.pdf.PdfName;

/**
 * The names VNSign gives the locked stamps a signature adds to pages an earlier signature covers:
 * written when signing, recognised when verifying (only in the revision the later signature
 * covers), and read when issuing again. One place, so the writer and the reader cannot drift apart.
 */
public final class StampNames {
    /** An initial mark ("ký tắt") added as an annotation. */
    public static final PdfName INITIAL = new PdfName("VNSignInitial");
    /** The number or date an issuing signature prints into the first page's blanks. */
    public static final PdfName ISSUE_NUMBERING = new PdfName("VNSignIssueNumbering");

    private StampNames() {}
}
