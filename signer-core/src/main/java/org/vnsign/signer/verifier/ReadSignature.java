/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import java.util.List;
import org.vnsign.signer.document.SignatureEntry;
import org.vnsign.signer.judging.CmsFacts;
import org.vnsign.signer.judging.Judgement;
import org.vnsign.signer.verify.Change;

/**
 * One signature (or document time-stamp) of the file as read, before the judge weighs it: its
 * dictionary, what its CMS says and what changed after it. One object per signature instead of
 * lists that must stay aligned by index.
 *
 * @param number the signature's place in the file, from 1 (signing order)
 */
record ReadSignature(int number, SignatureEntry entry, CmsFacts cms, List<Change> changes) {
    ReadSignature {
        changes = List.copyOf(changes);
    }

    /** The same signature with the judge's verdict. */
    Judged judged(Judgement judgement) {
        return new Judged(this, judgement);
    }

    /** A signature and its verdict. */
    record Judged(ReadSignature read, Judgement judgement) {
        SignatureEntry entry() {
            return read.entry();
        }
    }
}
