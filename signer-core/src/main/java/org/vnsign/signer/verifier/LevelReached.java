/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import com.itextpdf.kernel.pdf.PdfName;
import java.util.List;
import java.util.Optional;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.document.SignatureEntry;
import org.vnsign.signer.judging.Judgement;
import org.vnsign.signer.pki.CertificatePath;
import org.vnsign.signer.pki.RevocationPool;
import org.vnsign.signer.verify.Indication;

/**
 * The PAdES baseline level a signature reached: B-B, B-T with a proven time, B-LT when the DSS
 * proves the chain, B-LTA when a later valid document time-stamp covers a DSS that does.
 */
final class LevelReached {
    private LevelReached() {}

    /** The level of {@code signature}, judged among all of the file's; empty for time-stamps and non-PAdES signatures. */
    static Optional<SignatureLevel> of(
            ReadSignature.Judged signature,
            List<ReadSignature.Judged> all,
            RevocationPool dssOnly,
            OpenRevisions revisions) {
        SignatureEntry entry = signature.entry();
        if (entry.documentTimestamp()
                || !PdfName.ETSI_CAdES_DETACHED.equals(entry.dictionary().getAsName(PdfName.SubFilter))) {
            return Optional.empty();
        }
        Judgement judgement = signature.judgement();
        if (judgement.proofOfExistence().isEmpty()) {
            return Optional.of(SignatureLevel.B_B);
        }
        CertificatePath path = judgement.path();
        if (!path.trusted() || !dssOnly.covers(path)) {
            return Optional.of(SignatureLevel.B_T);
        }
        for (ReadSignature.Judged later : all.subList(signature.read().number(), all.size())) {
            if (later.entry().documentTimestamp()
                    && later.judgement().indication() == Indication.VALID
                    && revisions
                            .dssAt(later.entry().end())
                            .map(pool -> pool.covers(path))
                            .orElse(false)) {
                return Optional.of(SignatureLevel.B_LTA);
            }
        }
        return Optional.of(SignatureLevel.B_LT);
    }
}
