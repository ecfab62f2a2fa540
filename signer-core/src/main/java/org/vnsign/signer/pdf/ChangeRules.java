/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pdf;

import java.util.Optional;
import java.util.Set;
import org.vnsign.signer.verify.ChangeKind;

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
}
