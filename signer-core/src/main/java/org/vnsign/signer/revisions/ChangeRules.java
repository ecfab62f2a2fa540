/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.revisions;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vnsign.signer.document.SignatureEntry;
import org.vnsign.signer.verify.ChangeKind;
import org.vnsign.signer.verify.SignatureReport;

/**
 * Which changes after a signature are allowed. Always: validation data, document time-stamps and
 * metadata (they show nothing on a page). With a certification signature, its DocMDP level decides
 * (ISO 32000-2 12.8.2.2): P=1 nothing else, P=2 form filling and signing, P=3 also annotations; a
 * FieldMDP lock forbids changing the fields it names. Without a certification signature ISO 32000
 * allows anything, but VNSign is stricter, as the shadow attacks require: form filling and
 * annotations laid on a signed page are reported as modifications; later signatures are allowed.
 */
record ChangeRules(Optional<Integer> certificationLevel, Set<String> lockedFields, boolean allFieldsLocked) {

    static ChangeRules approvalOnly() {
        return new ChangeRules(Optional.empty(), Set.of(), false);
    }

    /**
     * The rules in force after signature {@code index}: the DocMDP level of the certification
     * signature if it is that one or an earlier one, and the FieldMDP locks signed so far.
     */
    static ChangeRules after(List<SignatureEntry> entries, int index) {
        Optional<Integer> level = Optional.empty();
        Set<String> locked = new HashSet<>();
        boolean all = false;
        for (SignatureEntry entry : entries.subList(0, index + 1)) {
            PdfArray references = entry.dictionary().getAsArray(PdfName.Reference);
            for (int r = 0; references != null && r < references.size(); r++) {
                PdfDictionary reference = references.getAsDictionary(r);
                PdfDictionary parameters =
                        reference == null ? null : reference.getAsDictionary(PdfName.TransformParams);
                if (parameters == null) {
                    continue;
                }
                PdfName method = reference.getAsName(PdfName.TransformMethod);
                if (PdfName.DocMDP.equals(method) && entry.type() == SignatureReport.Type.CERTIFICATION) {
                    PdfNumber p = parameters.getAsNumber(PdfName.P);
                    level = Optional.of(p == null ? 2 : p.intValue());
                } else if (PdfName.FieldMDP.equals(method)) {
                    all |= PdfName.All.equals(parameters.getAsName(PdfName.Action));
                    if (PdfName.Include.equals(parameters.getAsName(PdfName.Action))) {
                        locked.addAll(fieldNames(parameters.getAsArray(PdfName.Fields)));
                    }
                }
            }
        }
        return new ChangeRules(level, locked, all);
    }

    boolean allowed(ChangeKind kind, String fieldName) {
        int level = certificationLevel.orElse(0);
        return switch (kind) {
            case VALIDATION_DATA_ADDED, TIMESTAMP_ADDED, METADATA_CHANGED -> true;
            case SIGNATURE_ADDED, SIGNATURE_FIELD_ADDED -> level != 1 && !locked(fieldName);
            case FORM_FILLED -> level >= 2 && !locked(fieldName);
            case ANNOTATION_ADDED, ANNOTATION_CHANGED -> level == 3;
            default -> false;
        };
    }

    /** Whether the field, one that existed when the lock was signed ("" for a new one), is locked. */
    private boolean locked(String fieldName) {
        return !fieldName.isEmpty() && (allFieldsLocked || lockedFields.contains(fieldName));
    }

    private static Set<String> fieldNames(PdfArray fields) {
        Set<String> names = new HashSet<>();
        for (int f = 0; fields != null && f < fields.size(); f++) {
            if (fields.getAsString(f) != null) {
                names.add(fields.getAsString(f).toUnicodeString());
            }
        }
        return names;
    }
}
