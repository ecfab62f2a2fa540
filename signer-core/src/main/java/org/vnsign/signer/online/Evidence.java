/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The checked revocation status of one certificate: a DER {@code BasicOCSPResponse} or a DER CRL,
 * what it says, until when it may be reused (empty: never), and the certificates that vouch for
 * it (the OCSP responder's).
 */
public record Evidence(
        Kind kind,
        byte[] encoded,
        Instant thisUpdate,
        Optional<Instant> nextUpdate,
        Optional<Instant> revokedAt,
        List<X509Certificate> signers) {
    public enum Kind {
        OCSP,
        CRL
    }

    public Evidence {
        signers = List.copyOf(signers);
    }
}
