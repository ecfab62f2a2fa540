/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything verified in one file: its signatures, its document time-stamps, and the sentence a
 * person reads first.
 */
public record VerificationReport(
        Path file, List<SignatureReport> signatures, List<SignatureReport> timestamps, Reason summary) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
        timestamps = List.copyOf(timestamps);
    }

    /**
     * The file's verdict: the worst indication of its signatures and time-stamps, and at least
     * INDETERMINATE when anything changed after signing in a way the rules do not allow, so that a
     * script checking only this value cannot miss a modified document. A file without signatures
     * is INDETERMINATE: nothing in it can be trusted as signed.
     */
    public Indication verdict() {
        if (signatures.isEmpty() && timestamps.isEmpty()) {
            return Indication.INDETERMINATE;
        }
        Indication worst = all().map(SignatureReport::indication).reduce(Indication.VALID, Indication::worst);
        return modifiedAfterSigning() ? worst.worst(Indication.INDETERMINATE) : worst;
    }

    /** Whether any signature or time-stamp saw a change that is not allowed or is suspicious. */
    public boolean modifiedAfterSigning() {
        return all().anyMatch(SignatureReport::modifiedAfterSigning);
    }

    private Stream<SignatureReport> all() {
        return Stream.concat(signatures.stream(), timestamps.stream());
    }
}
