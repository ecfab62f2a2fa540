/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the clerk assigns when issuing (Decree 30/2020 Art. 32: number and date first, then the
 * agency's signature): the document's number and notation ("số, ký hiệu", e.g. {@code 123/QĐ-BTC}
 * or only {@code 123} when the notation is printed) and its date. The issue signature prints them
 * into the blanks of the first page's "Số: …" and "…, ngày … tháng … năm …" lines, in the revision
 * it signs, so that the number and the date are covered by the agency's signature.
 *
 * @param documentNumber number and notation; empty when the clerk assigns none here
 * @param issuedDate the issue date; empty when the clerk assigns none here
 */
public record IssueNumbering(Optional<String> documentNumber, Optional<LocalDate> issuedDate) {
    public IssueNumbering {
        documentNumber = documentNumber.map(String::strip).filter(text -> !text.isEmpty());
    }

    /** Nothing assigned: the issue signature prints nothing into the document's text. */
    public static IssueNumbering none() {
        return new IssueNumbering(Optional.empty(), Optional.empty());
    }

    /** A number (may be blank) and a date (may be null), as a command line or a web page gives them. */
    public static IssueNumbering of(String documentNumber, LocalDate issuedDate) {
        return new IssueNumbering(Optional.ofNullable(documentNumber), Optional.ofNullable(issuedDate));
    }

    public boolean isEmpty() {
        return documentNumber.isEmpty() && issuedDate.isEmpty();
    }
}
