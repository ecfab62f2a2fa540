/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.tsp.TimeStampToken;
import org.vnsign.signer.verify.SubIndication;

/**
 * What the CMS of one signature says and whether it holds: the failure, if any, with the
 * sub-indication it earns; the signer's certificate; the certificates, CRLs and OCSP answers it
 * carries; its claimed signing time and its signature time-stamp; for a document time-stamp, the
 * time it proves.
 */
public record CmsFacts(
        Optional<SubIndication> failure,
        String detail,
        Optional<X509Certificate> signer,
        List<X509Certificate> certificates,
        List<byte[]> crls,
        List<byte[]> ocsps,
        String digestAlgorithm,
        String signatureAlgorithm,
        Optional<Instant> claimedTime,
        Optional<TimeStampToken> signatureTimestamp,
        byte[] signatureValue,
        Optional<Instant> timestampTime) {

    public CmsFacts {
        certificates = List.copyOf(certificates);
        crls = List.copyOf(crls);
        ocsps = List.copyOf(ocsps);
    }

    public static CmsFacts failed(SubIndication failure, String detail) {
        return new CmsFacts(
                Optional.of(failure),
                detail,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                Optional.empty(),
                Optional.empty(),
                new byte[0],
                Optional.empty());
    }

    /** The same facts, {@code certificate} being the signer's. */
    CmsFacts withSigner(X509Certificate certificate) {
        return with(failure, detail, Optional.of(certificate));
    }

    /** The same facts, with the failure they earn. */
    CmsFacts failing(SubIndication subIndication, String why) {
        return with(Optional.of(subIndication), why, signer);
    }

    private CmsFacts with(Optional<SubIndication> failure, String detail, Optional<X509Certificate> signer) {
        return new CmsFacts(
                failure,
                detail,
                signer,
                certificates,
                crls,
                ocsps,
                digestAlgorithm,
                signatureAlgorithm,
                claimedTime,
                signatureTimestamp,
                signatureValue,
                timestampTime);
    }

    public boolean intact() {
        return failure.isEmpty();
    }
}
