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
        return builder().failing(failure, detail).build();
    }

    /** Whether the CMS holds: no failure found. */
    public boolean intact() {
        return failure.isEmpty();
    }

    /** A builder starting from "nothing known yet": no failure, no signer, nothing carried. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to change some of them. */
    Builder toBuilder() {
        Builder b = new Builder();
        b.failure = failure;
        b.detail = detail;
        b.signer = signer;
        b.certificates = certificates;
        b.crls = crls;
        b.ocsps = ocsps;
        b.digestAlgorithm = digestAlgorithm;
        b.signatureAlgorithm = signatureAlgorithm;
        b.claimedTime = claimedTime;
        b.signatureTimestamp = signatureTimestamp;
        b.signatureValue = signatureValue;
        b.timestampTime = timestampTime;
        return b;
    }

    /** The same facts, {@code certificate} being the signer's. */
    CmsFacts withSigner(X509Certificate certificate) {
        return toBuilder().signer(Optional.of(certificate)).build();
    }

    /** The same facts, with the failure they earn. */
    CmsFacts failing(SubIndication subIndication, String why) {
        return toBuilder().failing(subIndication, why).build();
    }

    /** Collects the facts as the CMS is read, so that no caller lines up twelve positional arguments. */
    public static final class Builder {
        private Optional<SubIndication> failure = Optional.empty();
        private String detail = "";
        private Optional<X509Certificate> signer = Optional.empty();
        private List<X509Certificate> certificates = List.of();
        private List<byte[]> crls = List.of();
        private List<byte[]> ocsps = List.of();
        private String digestAlgorithm = "";
        private String signatureAlgorithm = "";
        private Optional<Instant> claimedTime = Optional.empty();
        private Optional<TimeStampToken> signatureTimestamp = Optional.empty();
        private byte[] signatureValue = new byte[0];
        private Optional<Instant> timestampTime = Optional.empty();

        private Builder() {}

        /** The failure the facts earn, and why in English for the log. */
        public Builder failing(SubIndication subIndication, String why) {
            this.failure = Optional.of(subIndication);
            this.detail = why;
            return this;
        }

        public Builder signer(Optional<X509Certificate> signer) {
            this.signer = signer;
            return this;
        }

        public Builder certificates(List<X509Certificate> certificates) {
            this.certificates = certificates;
            return this;
        }

        public Builder crls(List<byte[]> crls) {
            this.crls = crls;
            return this;
        }

        public Builder ocsps(List<byte[]> ocsps) {
            this.ocsps = ocsps;
            return this;
        }

        public Builder digestAlgorithm(String digestAlgorithm) {
            this.digestAlgorithm = digestAlgorithm;
            return this;
        }

        public Builder signatureAlgorithm(String signatureAlgorithm) {
            this.signatureAlgorithm = signatureAlgorithm;
            return this;
        }

        public Builder claimedTime(Optional<Instant> claimedTime) {
            this.claimedTime = claimedTime;
            return this;
        }

        public Builder signatureTimestamp(Optional<TimeStampToken> signatureTimestamp) {
            this.signatureTimestamp = signatureTimestamp;
            return this;
        }

        public Builder signatureValue(byte[] signatureValue) {
            this.signatureValue = signatureValue;
            return this;
        }

        public Builder timestampTime(Optional<Instant> timestampTime) {
            this.timestampTime = timestampTime;
            return this;
        }

        public CmsFacts build() {
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
    }
}
