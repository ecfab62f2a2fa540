/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.pdf.PdfDocument;
import org.vnsign.signer.SignatureKind;

/**
 * Signature field names say the kind ("VNSign-Approval-1"), so a later issuing signature finds the
 * approval it overlaps, and a reader of the PDF's form sees what each signature was.
 */
public final class FieldNames {
    public static final String APPROVAL = "VNSign-Approval";
    public static final String ISSUE = "VNSign-Issue";
    public static final String ANNEX = "VNSign-Annex";
    public static final String COPY = "VNSign-Copy";
    public static final String INITIALS = "VNSign-Initials";
    public static final String INCOMING = "VNSign-Incoming";
    public static final String COMMENT = "VNSign-Comment";
    public static final String SIGNATURE = "VNSign-Signature";
    /** Document time-stamps (B-LTA archive time-stamps, or B-T for a signature that had none). */
    public static final String TIMESTAMP = "VNSign-Timestamp";

    private FieldNames() {}

    /** The name prefix of a signature of this kind. */
    public static String prefix(SignatureKind kind) {
        return switch (kind) {
            case APPROVAL -> APPROVAL;
            case ISSUE -> ISSUE;
            case ANNEX -> ANNEX;
            case COPY -> COPY;
            case INITIALS -> INITIALS;
            case INCOMING -> INCOMING;
            case COMMENT -> COMMENT;
            case INVISIBLE -> SIGNATURE;
        };
    }

    /** The first free name {@code prefix-N} in the document. */
    public static String next(PdfDocument document, String prefix) {
        PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
        for (int n = 1; ; n++) {
            String name = prefix + "-" + n;
            if (form == null || form.getField(name) == null) {
                return name;
            }
        }
    }
}
