/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import java.util.Map;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;

/**
 * What earlier signatures allow (ISO 32000-2 §12.8.2): a certification signature's DocMDP
 * permission (1 no changes, 2 form filling and signing, 3 also annotations), and field locks whose
 * permission forbids every change.
 */
public final class CertificationRules {
    /** DocMDP permission of an uncertified document: everything allowed. */
    static final int UNCERTIFIED = 0;

    private static final PdfName DOC_MDP = new PdfName("DocMDP");

    private CertificationRules() {}

    /** The DocMDP permission of the certification signature, or {@link #UNCERTIFIED}. */
    public static int docMdpPermission(PdfDocument document) {
        PdfDictionary perms = document.getCatalog().getPdfObject().getAsDictionary(PdfName.Perms);
        PdfDictionary signature = perms == null ? null : perms.getAsDictionary(DOC_MDP);
        if (signature == null) {
            return UNCERTIFIED;
        }
        PdfArray references = signature.getAsArray(PdfName.Reference);
        if (references != null) {
            for (int i = 0; i < references.size(); i++) {
                PdfDictionary reference = references.getAsDictionary(i);
                if (reference != null && DOC_MDP.equals(reference.getAsName(PdfName.TransformMethod))) {
                    return permission(reference.getAsDictionary(PdfName.TransformParams));
                }
            }
        }
        return 2;
    }

    /**
     * Refuses a document that allows no new signature: certified with no changes allowed, or with a
     * field lock that forbids any change.
     */
    public static void requireSignable(PdfDocument document) throws SignerException {
        if (docMdpPermission(document) == 1) {
            throw new SignerException(
                    SignerError.PDF_CERTIFIED_NO_CHANGES, "the certification signature allows no changes (DocMDP P=1)");
        }
        PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
        if (form == null) {
            return;
        }
        for (Map.Entry<String, PdfFormField> field : form.getAllFormFields().entrySet()) {
            PdfDictionary lock = field.getValue().getPdfObject().getAsDictionary(PdfName.Lock);
            if (lock != null && field.getValue().getValue() != null && permission(lock) == 1) {
                throw new SignerException(
                        SignerError.PDF_FIELD_LOCKED,
                        "signature field '" + field.getKey() + "' locks the document against changes (FieldMDP P=1)");
            }
        }
    }

    /** Refuses initial marks where the certification allows signatures but no annotations (DocMDP P=2). */
    public static void requireMarksAllowed(PdfDocument document) throws SignerException {
        if (docMdpPermission(document) == 2) {
            throw new SignerException(
                    SignerError.PDF_CERTIFIED_NO_MARKS,
                    "the certification signature allows signing but no page marks (DocMDP P=2)");
        }
    }

    private static int permission(PdfDictionary params) {
        PdfNumber p = params == null ? null : params.getAsNumber(PdfName.P);
        return p == null ? 2 : p.intValue();
    }
}
