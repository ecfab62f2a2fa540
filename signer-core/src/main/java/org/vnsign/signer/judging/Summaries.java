/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vnsign.signer.verify.Change;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.Reason;
import org.vnsign.signer.verify.SignatureReport;

/**
 * The one line a person reads first. The gravest fact leads: an invalid signature, then a change
 * after signing (never buried under "valid"), then a signature that could not be confirmed; only
 * a file with none of these is "valid, signed by ... at ...".
 */
public final class Summaries {
    private Summaries() {}

    public static Reason of(List<SignatureReport> signatures, List<SignatureReport> timestamps) {
        if (signatures.isEmpty() && timestamps.isEmpty()) {
            return Reason.of("summary.unsigned");
        }
        List<SignatureReport> all = new ArrayList<>(signatures);
        all.addAll(timestamps);
        Optional<SignatureReport> invalid =
                all.stream().filter(s -> s.indication() == Indication.INVALID).findFirst();
        if (invalid.isPresent()) {
            return Reason.of(
                    "summary.invalid", who(invalid.get()), invalid.get().reason());
        }
        for (SignatureReport report : all) {
            Optional<Change> change =
                    report.changes().stream().filter(c -> !c.allowed()).findFirst();
            if (change.isPresent()) {
                return Reason.of("summary.modified", who(report), change.get().description());
            }
        }
        Optional<SignatureReport> indeterminate = all.stream()
                .filter(s -> s.indication() == Indication.INDETERMINATE)
                .findFirst();
        if (indeterminate.isPresent()) {
            return Reason.of(
                    "summary.indeterminate",
                    who(indeterminate.get()),
                    indeterminate.get().reason());
        }
        List<Reason> signers = new ArrayList<>();
        for (SignatureReport report : signatures.isEmpty() ? timestamps : signatures) {
            signers.add(signedBy(report));
        }
        return Reason.of("summary.valid", Reason.join(signers, "; "));
    }

    private static String who(SignatureReport report) {
        return report.signer().isEmpty() ? report.fieldName() : report.signer();
    }

    private static Reason signedBy(SignatureReport report) {
        if (report.signingTime().isEmpty()) {
            return Reason.of("summary.signer.untimed", who(report));
        }
        String time = Times.format(report.signingTime().get());
        return Reason.of(report.timeProven() ? "summary.signer.proven" : "summary.signer.claimed", who(report), time);
    }
}
