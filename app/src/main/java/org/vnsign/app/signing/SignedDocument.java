/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import org.vnsign.signer.SignResult;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignerCheck;

/**
 * A document signed through the {@link SigningUseCase}: signer-core's result, the pre-signing check
 * behind it, and what an independent reading of the written file said of the new signature.
 */
public record SignedDocument(SignResult result, SignerCheck check, Indication verdict) {}
