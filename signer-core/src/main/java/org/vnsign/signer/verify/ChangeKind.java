/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

/** What an incremental update after a signature did, as far as it matters to that signature. */
public enum ChangeKind {
    /** A later signature (its field, widget and appearance). */
    SIGNATURE_ADDED,
    /** A document time-stamp. */
    TIMESTAMP_ADDED,
    /** Certificates, OCSP responses and CRLs in the DSS (PAdES B-LT, B-LTA). */
    VALIDATION_DATA_ADDED,
    /** Document metadata (XMP, Info): not shown on any page. */
    METADATA_CHANGED,
    /** An empty signature field for a later signer. */
    SIGNATURE_FIELD_ADDED,
    /** A form field's value. */
    FORM_FILLED,
    /** A comment, stamp or drawing laid on a page. */
    ANNOTATION_ADDED,
    ANNOTATION_CHANGED,
    ANNOTATION_REMOVED,
    /** A new form field other than a signature field. */
    FIELD_ADDED,
    FIELD_REMOVED,
    /** What a page shows: its content, resources, size or rotation. */
    PAGE_CONTENT_CHANGED,
    PAGE_ADDED,
    PAGE_REMOVED,
    PAGES_REORDERED,
    /** Document-level parts that change what is shown or done (optional content, actions, names). */
    DOCUMENT_CHANGED,
    /** Bytes after the signature that are not a readable incremental update, or a repaired file. */
    UNREADABLE_UPDATE
}
