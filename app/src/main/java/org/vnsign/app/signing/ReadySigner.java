/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import org.vnsign.signer.SignerIdentity;
import org.vnsign.signer.verify.SignerCheck;
import org.vnsign.token.TokenCertificate;

/**
 * A certificate that passed the pre-signing check: the identity signer-core signs with (the chain
 * the check completed, the mechanism, the digest) and what the check found, for the result.
 */
public record ReadySigner(TokenCertificate certificate, SignerIdentity identity, SignerCheck check) {}
