/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.pdf.PdfDocument;

/**
 * Signature field names say the kind ("VNSign-Approval-1"), so a later issuing signature finds the
 * approval it overlaps, and a reader of the PDF's form sees what each signature was.
 */
final class FieldNames {
    static final String APPROVAL = "VNSign-Approval";
    static final String ISSUE = "VNSign-Issue";
    static final String ANNEX = "VNSign-Annex";
    static final String COPY = "VNSign-Copy";
    static final String INITIALS = "VNSign-Initials";
    static final String SIGNATURE = "VNSign-Signature";
    /** Document time-stamps (B-LTA archive time-stamps, or B-T for a signature that had none). */
    static final String TIMESTAMP = "VNSign-Timestamp";

    private FieldNames() {}

    /** The first free name {@code prefix-N} in the document. */
    static String next(PdfDocument document, String prefix) {
        PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
        for (int n = 1; ; n++) {
            String name = prefix + "-" + n;
            if (form == null || form.getField(name) == null) {
                return name;
            }
        }
    }
}
