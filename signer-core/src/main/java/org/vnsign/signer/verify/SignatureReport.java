/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vnsign.signer.SignatureLevel;

/**
 * The verdict on one signature or document time-stamp.
 *
 * @param index position in the file, 1 for the first signed (what {@code --extract-revision} takes)
 * @param fieldName the signature field's full name
 * @param type approval, certification or document time-stamp
 * @param indication ETSI main indication of the signature itself (integrity, certificate, time)
 * @param subIndication ETSI sub-indication when not VALID
 * @param reason one sentence saying why, in both languages
 * @param signer the signer's (or the time-stamping authority's) common name
 * @param certificate the signing certificate, when the signature names one
 * @param signingTime the time-stamp's time when {@code timeProven}, else the time the signer claims
 * @param timeProven whether a verified time-stamp proves {@code signingTime}
 * @param level the PAdES baseline level reached, empty for a signature that is not PAdES
 * @param pages the pages (1-based) its appearance is on
 * @param changes what later incremental updates changed, allowed or not
 * @param notes facts worth knowing that do not change the verdict (SHA-1 in the G1 chain, ...)
 * @param coversWholeDocument whether it is the last revision of the file
 * @param statedReason what the signer wrote as the signature's /Reason (a signed comment's words),
 *     empty when nothing; the signer's claim, covered by the signature like the rest of its dictionary
 */
public record SignatureReport(
        int index,
        String fieldName,
        Type type,
        Indication indication,
        Optional<SubIndication> subIndication,
        Reason reason,
        String signer,
        Optional<CertificateSummary> certificate,
        Optional<Instant> signingTime,
        boolean timeProven,
        Optional<SignatureLevel> level,
        List<Integer> pages,
        List<Change> changes,
        List<Reason> notes,
        boolean coversWholeDocument,
        Optional<String> statedReason) {

    /** What kind of signature dictionary it is. */
    public enum Type {
        APPROVAL,
        CERTIFICATION,
        DOCUMENT_TIMESTAMP
    }

    public SignatureReport {
        pages = List.copyOf(pages);
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** Whether any later change is not allowed (or is suspicious, which the rules do not allow). */
    public boolean modifiedAfterSigning() {
        return changes.stream().anyMatch(change -> !change.allowed());
    }
}
