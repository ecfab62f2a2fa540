/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first step's result: the document passed every check and the layout is fixed. A UI shows it
 * before asking for the PIN (the user sees what will be signed, and where); {@link
 * DocumentSigner#sign} then signs exactly this plan.
 *
 * @param request the request it was made for
 * @param identity who signs: the chain sizes the reserved space, the certificate names the signer
 * @param pageCount pages in the document
 * @param signaturePage 1-based page of the signature widget, 0 for an invisible signature
 * @param signatureRect the widget rectangle on its page as shown (see {@link Rect}), empty for an
 *     invisible signature
 * @param marks initial marks per page, each on its page as shown, empty unless initialing
 * @param notices what the user should know
 * @param printed text printed into the document's blanks in the signed revision (the number and
 *     date at issue), empty otherwise
 */
public record SigningPlan(
        SigningRequest request,
        SignerIdentity identity,
        int pageCount,
        int signaturePage,
        Optional<Rect> signatureRect,
        Map<Integer, Rect> marks,
        List<SignNotice> notices,
        List<PrintedText> printed) {
    public SigningPlan {
        marks = Map.copyOf(marks);
        notices = List.copyOf(notices);
        printed = List.copyOf(printed);
    }
}
