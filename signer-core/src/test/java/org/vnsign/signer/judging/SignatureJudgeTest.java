/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vnsign.signer.judging.JudgePki.NOW;
import static org.vnsign.signer.judging.JudgePki.REVOKED_AT;
import static org.vnsign.signer.judging.JudgePki.SIGNATURE_VALUE;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.signer.pki.RevocationPool;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.Reason;
import org.vnsign.signer.verify.SubIndication;
import org.vnsign.signer.verify.TrustAnchors;

/**
 * The signature judge as a table: one row per sub-indication and per note it can give, each
 * built from CMS facts, certificates, CRLs and time-stamps on fixed dates (no PDF), so a change to
 * the order of ETSI EN 319 102-1's checks or to a time rule shows up as one named row.
 */
class SignatureJudgeTest {
    private static JudgePki pki;

    @BeforeAll
    static void pki() throws Exception {
        pki = new JudgePki();
    }

    /**
     * One signature to judge, and what the judge must say. Built fluently from {@link #of}: each
     * step returns a changed copy, so rows never share state.
     */
    static final class Row implements Cloneable {
        private String name;
        private Function<JudgePki, X509Certificate> signer;
        private Function<JudgePki, List<X509Certificate>> carried = p -> List.of(p.ca, p.tsa);
        private CrlChoice crls = CrlChoice.CURRENT;
        private boolean trustRoot = true;
        private String digest = "SHA-256";
        private Optional<Instant> claimed = Optional.of(NOW.minusSeconds(3600));
        private Optional<Stamp> stamp = Optional.empty();
        private boolean documentTimestamp;
        private Optional<SubIndication> cmsFailure = Optional.empty();
        private Optional<Reason> formatProblem = Optional.empty();
        private Indication indication = Indication.VALID;
        private Optional<SubIndication> subIndication = Optional.empty();
        private Function<JudgePki, Reason> note = p -> null;

        static Row of(String name, Function<JudgePki, X509Certificate> signer) {
            Row row = new Row();
            row.name = name;
            row.signer = signer;
            return row;
        }

        @Override
        public String toString() {
            return name;
        }

        private Row copy() {
            try {
                return (Row) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        Row carrying(Function<JudgePki, List<X509Certificate>> value) {
            Row row = copy();
            row.carried = value;
            return row;
        }

        Row crls(CrlChoice value) {
            Row row = copy();
            row.crls = value;
            return row;
        }

        Row untrustedRoot() {
            Row row = copy();
            row.trustRoot = false;
            return row;
        }

        Row digest(String value) {
            Row row = copy();
            row.digest = value;
            return row;
        }

        Row claimed(Instant value) {
            Row row = copy();
            row.claimed = Optional.of(value);
            return row;
        }

        Row stamped(Stamp value) {
            Row row = copy();
            row.stamp = Optional.of(value);
            return row;
        }

        Row asDocumentTimestamp() {
            Row row = copy();
            row.documentTimestamp = true;
            return row;
        }

        Row cmsFailure(SubIndication value) {
            Row row = copy();
            row.cmsFailure = Optional.of(value);
            return row;
        }

        Row withFormatProblem() {
            Row row = copy();
            row.formatProblem = Optional.of(Reason.of("pagesChanged"));
            return row;
        }

        Row gives(Indication value, SubIndication sub) {
            Row row = copy();
            row.indication = value;
            row.subIndication = Optional.ofNullable(sub);
            return row;
        }

        Row noting(Function<JudgePki, Reason> value) {
            Row row = copy();
            row.note = value;
            return row;
        }
    }

    /** A signature time-stamp: when, over what, by whom. */
    record Stamp(Instant time, boolean overOtherData, boolean stranger, boolean withCertificates) {
        static Stamp at(String time) {
            return new Stamp(Instant.parse(time), false, false, true);
        }

        Stamp overOther() {
            return new Stamp(time, true, stranger, withCertificates);
        }

        /** Whether this time-stamp must prove nothing. */
        boolean flawed() {
            return overOtherData
                    || stranger
                    || !withCertificates
                    || time.isBefore(Instant.parse("2009-01-01T00:00:00Z"));
        }

        Stamp byStranger() {
            return new Stamp(time, overOtherData, true, withCertificates);
        }

        Stamp withoutCertificates() {
            return new Stamp(time, overOtherData, stranger, false);
        }
    }

    enum CrlChoice {
        NONE,
        CURRENT,
        FROM_BEFORE_EXPIRY
    }

    static Stream<Row> table() {
        Instant beforeRevocation = Instant.parse("2025-06-01T00:00:00Z");
        return Stream.of(
                // Valid, and the CMS's own failures.
                Row.of("a sound signature with current CRLs", p -> p.good).noting(p -> null),
                Row.of("the signed bytes' digest does not match", p -> p.good)
                        .cmsFailure(SubIndication.HASH_FAILURE)
                        .gives(Indication.INVALID, SubIndication.HASH_FAILURE),
                Row.of("the signature value does not verify", p -> p.good)
                        .cmsFailure(SubIndication.SIG_CRYPTO_FAILURE)
                        .gives(Indication.INVALID, SubIndication.SIG_CRYPTO_FAILURE),
                Row.of("an algorithm VNSign cannot compute", p -> p.good)
                        .cmsFailure(SubIndication.CRYPTO_CONSTRAINTS_FAILURE)
                        .gives(Indication.INDETERMINATE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE),
                Row.of("no signing certificate in the CMS", p -> p.good)
                        .cmsFailure(SubIndication.NO_SIGNING_CERTIFICATE_FOUND)
                        .gives(Indication.INDETERMINATE, SubIndication.NO_SIGNING_CERTIFICATE_FOUND),
                Row.of("pages added after signing", p -> p.good)
                        .withFormatProblem()
                        .gives(Indication.INVALID, SubIndication.FORMAT_FAILURE),
                // The path.
                Row.of("the root is not trusted", p -> p.good)
                        .untrustedRoot()
                        .gives(Indication.INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND),
                Row.of("the issuing CA is missing", p -> p.good)
                        .carrying(p -> List.of())
                        .gives(Indication.INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND),
                Row.of("a CA in the path may not sign certificates", p -> p.underCaThatMayNotSign)
                        .carrying(p -> List.of(p.caThatMayNotSign))
                        .gives(Indication.INDETERMINATE, SubIndication.CHAIN_CONSTRAINTS_FAILURE),
                Row.of("a certificate for encryption only", p -> p.encryptionOnly)
                        .gives(Indication.INDETERMINATE, SubIndication.CHAIN_CONSTRAINTS_FAILURE),
                Row.of("a document time-stamp by a signer without the time-stamping purpose", p -> p.good)
                        .asDocumentTimestamp()
                        .gives(Indication.INDETERMINATE, SubIndication.CHAIN_CONSTRAINTS_FAILURE),
                Row.of("a document time-stamp by a time-stamping authority", p -> p.tsa)
                        .asDocumentTimestamp(),
                // Revocation and time.
                Row.of("revoked, no proof of existence", p -> p.revoked)
                        .gives(Indication.INDETERMINATE, SubIndication.REVOKED_NO_POE),
                Row.of("revoked after a time-stamp proved the signature", p -> p.revoked)
                        .stamped(Stamp.at("2025-06-01T00:00:00Z"))
                        .noting(p -> Reason.of("note.revokedAfter", "Revoked Signer", Times.format(REVOKED_AT))),
                Row.of("revoked before the time-stamp", p -> p.revoked)
                        .stamped(Stamp.at("2026-03-01T00:00:00Z"))
                        .gives(Indication.INVALID, SubIndication.REVOKED),
                Row.of("the issuing CA revoked, no proof of existence", p -> p.underRevokedCa)
                        .carrying(p -> List.of(p.revokedCa, p.tsa))
                        .gives(Indication.INDETERMINATE, SubIndication.REVOKED_CA_NO_POE),
                Row.of("no revocation data anywhere", p -> p.good)
                        .crls(CrlChoice.NONE)
                        .gives(Indication.INDETERMINATE, SubIndication.TRY_LATER),
                Row.of("expired, no proof of existence, no status from before expiry", p -> p.expired)
                        .claimed(Instant.parse("2024-09-01T00:00:00Z"))
                        .gives(Indication.INDETERMINATE, SubIndication.OUT_OF_BOUNDS_NO_POE),
                Row.of("expired, no proof of existence, not revoked before expiry", p -> p.expired)
                        .claimed(Instant.parse("2024-09-01T00:00:00Z"))
                        .crls(CrlChoice.FROM_BEFORE_EXPIRY)
                        .gives(Indication.INDETERMINATE, SubIndication.OUT_OF_BOUNDS_NOT_REVOKED),
                Row.of("expired after a time-stamp proved the signature", p -> p.expired)
                        .stamped(Stamp.at("2024-09-01T00:00:00Z"))
                        .crls(CrlChoice.FROM_BEFORE_EXPIRY),
                Row.of("a time-stamp from before the certificate was valid", p -> p.notYetValid)
                        .stamped(Stamp.at("2026-05-01T00:00:00Z"))
                        .gives(Indication.INDETERMINATE, SubIndication.NOT_YET_VALID),
                // Algorithms.
                Row.of("SHA-1 with no proof it predates 2012-08-01", p -> p.good)
                        .digest("SHA-1")
                        .gives(Indication.INDETERMINATE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE),
                Row.of("SHA-1 time-stamped in 2011", p -> p.good)
                        .digest("SHA-1")
                        .stamped(Stamp.at("2011-06-01T00:00:00Z"))
                        .noting(p -> Reason.of("note.weakBefore", "SHA-1", Times.format(SignatureJudge.SHA1_SUNSET))),
                // Time-stamp problems: noted, and the time is only claimed.
                Row.of("a time-stamp over other data", p -> p.revoked)
                        .stamped(Stamp.at("2025-06-01T00:00:00Z").overOther())
                        .gives(Indication.INDETERMINATE, SubIndication.REVOKED_NO_POE)
                        .noting(p -> Reason.of("note.timestampImprint")),
                Row.of("a time-stamp whose authority cannot be found", p -> p.revoked)
                        .stamped(Stamp.at("2025-06-01T00:00:00Z").withoutCertificates())
                        .carrying(p -> List.of(p.ca))
                        .gives(Indication.INDETERMINATE, SubIndication.REVOKED_NO_POE)
                        .noting(p -> Reason.of("note.timestampSignature")),
                Row.of("a time-stamp from an untrusted authority", p -> p.revoked)
                        .stamped(Stamp.at("2025-06-01T00:00:00Z").byStranger())
                        .gives(Indication.INDETERMINATE, SubIndication.REVOKED_NO_POE)
                        .noting(p -> Reason.of("note.timestampUntrusted", "Stranger TSA")),
                Row.of("a time-stamp outside its authority's validity", p -> p.revoked)
                        .stamped(Stamp.at("2008-06-01T00:00:00Z"))
                        .gives(Indication.INDETERMINATE, SubIndication.REVOKED_NO_POE)
                        .noting(p -> Reason.of("note.timestampExpired", "Judge TSA")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theJudgeGivesEachCaseItsOwnVerdict(Row row) throws Exception {
        Judgement judgement = judge(row);

        assertThat(judgement.indication()).as(row.name).isEqualTo(row.indication);
        assertThat(judgement.subIndication()).as(row.name).isEqualTo(row.subIndication);
        Reason note = row.note.apply(pki);
        if (note != null) {
            assertThat(judgement.notes()).as(row.name).contains(note);
        }
        if (row.indication == Indication.VALID && row.stamp.isPresent()) {
            assertThat(judgement.timeProven()).as(row.name).isTrue();
            assertThat(judgement.proofOfExistence()).contains(row.stamp.get().time());
        }
        if (row.stamp.isPresent() && row.stamp.get().flawed()) {
            assertThat(judgement.timeProven())
                    .as("a flawed time-stamp proves nothing")
                    .isFalse();
        }
    }

    private static Judgement judge(Row row) throws Exception {
        X509Certificate signer = row.signer.apply(pki);
        Optional<TimeStampToken> token = Optional.empty();
        if (row.stamp.isPresent()) {
            Stamp stamp = row.stamp.get();
            byte[] over = stamp.overOtherData()
                    ? "other data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)
                    : SIGNATURE_VALUE;
            token = Optional.of(pki.timestamp(stamp.time(), over, stamp.stranger(), stamp.withCertificates()));
        }
        List<X509Certificate> carried = new ArrayList<>(row.carried.apply(pki));
        carried.add(signer);
        CmsFacts.Builder cms = CmsFacts.builder()
                .signer(Optional.of(signer))
                .certificates(carried)
                .digestAlgorithm(row.digest)
                .signatureAlgorithm("SHA256withECDSA")
                .claimedTime(row.claimed)
                .signatureTimestamp(token)
                .signatureValue(SIGNATURE_VALUE)
                .timestampTime(row.documentTimestamp ? Optional.of(NOW.minusSeconds(60)) : Optional.empty());
        row.cmsFailure.ifPresent(failure -> cms.failing(failure, "row: " + row.name));
        TrustAnchors anchors = row.trustRoot ? TrustAnchors.none().plus(List.of(pki.root)) : TrustAnchors.none();
        SignatureJudge judge = new SignatureJudge(anchors, List.of(), revocation(row.crls), Optional.empty(), NOW);
        return judge.judge(cms.build(), row.documentTimestamp, Optional.empty(), Optional.empty(), row.formatProblem);
    }

    private static RevocationPool revocation(CrlChoice choice) throws Exception {
        return switch (choice) {
            case NONE -> new RevocationPool(List.of(), List.of());
            case CURRENT -> new RevocationPool(List.of(pki.caCrl(), pki.rootCrl(), pki.revokedCaCrl()), List.of());
            case FROM_BEFORE_EXPIRY -> new RevocationPool(List.of(pki.oldCaCrl(), pki.rootCrl()), List.of());
        };
    }
}
