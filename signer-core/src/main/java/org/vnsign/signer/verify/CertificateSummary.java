/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.time.Instant;

/** The facts of a certificate a person or a support desk needs; {@code sha256} identifies it. */
public record CertificateSummary(
        String commonName,
        String subject,
        String issuer,
        String serialNumber,
        String sha256,
        Instant notBefore,
        Instant notAfter) {}
