/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vnsign.signer.pki.CertificatePath;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.Reason;
import org.vnsign.signer.verify.SubIndication;

/**
 * The verdict on one signature or time-stamp from its CMS, certificates, revocation data and
 * time-stamps.
 *
 * @param signingTime the time-stamp's time when {@code timeProven}, else the claimed time
 * @param proofOfExistence the earliest time a valid time-stamp proves the signature existed at
 * @param path the signer's certificate path as far as it could be built
 */
public record Judgement(
        Indication indication,
        Optional<SubIndication> subIndication,
        Reason reason,
        Optional<Instant> signingTime,
        boolean timeProven,
        Optional<Instant> proofOfExistence,
        CertificatePath path,
        List<Reason> notes) {

    public Judgement {
        notes = List.copyOf(notes);
    }
}
