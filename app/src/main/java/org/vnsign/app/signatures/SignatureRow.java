/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signatures;

import java.util.List;

/**
 * One signature or document time-stamp as the panel shows it, in the user's language.
 *
 * @param index position in the file, 1 for the first signed; what "view signed version" extracts
 * @param verdict the status in words ("Hợp lệ", "Chưa xác định", ...)
 * @param time the proven or claimed signing time, saying which
 * @param summary why, in one sentence
 * @param warnings changes after signing and notes, in plain words
 * @param page first page the signature appears on, 0 for an invisible one
 * @param details certificate and checks, for the details view and "Copy details"
 * @param demo whether the demo token made it
 */
public record SignatureRow(
        int index,
        SignatureStatus status,
        String verdict,
        String signer,
        String time,
        String level,
        String summary,
        List<String> warnings,
        int page,
        String details,
        boolean demo) {
    public SignatureRow {
        warnings = List.copyOf(warnings);
    }
}
