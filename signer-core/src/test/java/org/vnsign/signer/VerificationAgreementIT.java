/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.signatures.AccessPermissions;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.verify.ChangeKind;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.SubIndication;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.services.LoopbackPki;
import org.vnsign.testsupport.validation.DssValidation;

/**
 * Each case is verified by VNSign and by EU DSS on the same file, with the same trust and the same
 * data (only what the file carries, unless a case says otherwise): the indications must agree, and
 * VNSign must name the problem the case was built to show.
 */
class VerificationAgreementIT {
    @TempDir
    Path dir;

    @Test
    void bbWithoutRevocationDataIsIndeterminateOffline() throws Exception {
        Path signed = vnsign(SignatureLevel.B_B);

        SignatureReport signature = agreeWithDss(signed, verify(signed), List.of());

        assertVerdict(signature, Indication.INDETERMINATE, SubIndication.TRY_LATER);
        assertThat(signature.level()).contains(SignatureLevel.B_B);
        assertThat(signature.timeProven()).isFalse();
    }

    @Test
    void bbIsValidOnlineWithTheRightSignerTimeAndPage() throws Exception {
        Path signed = vnsign(SignatureLevel.B_B);

        VerificationReport report = VerifyFixture.verify(request(signed).withOnline(true), dir);
        SignatureReport signature = agreeWithDss(signed, report, crls());

        assertVerdict(signature, Indication.VALID, null);
        assertThat(signature.signer()).isEqualTo("Nguyễn Văn Án");
        assertThat(signature.signingTime()).contains(SigningFixture.CLOCK.instant());
        assertThat(signature.pages()).containsExactly(2);
        assertThat(report.summary().vi())
                .startsWith("Tài liệu hợp lệ, được ký bởi Nguyễn Văn Án lúc 22/11/2026 14:05:09");
    }

    @Test
    void longTermLevelsAreValidOfflineAndAtTheLevelDssFinds() throws Exception {
        for (SignatureLevel level : List.of(SignatureLevel.B_LT, SignatureLevel.B_LTA)) {
            Path signed = vnsign(level);

            SignatureReport signature = agreeWithDss(signed, verify(signed), List.of());

            assertVerdict(signature, Indication.VALID, null);
            assertThat(signature.level()).contains(level);
            assertThat(signature.timeProven()).isTrue();
            assertThat(DssValidation.validateWithFileDataOnly(signed, SigningFixture.pki())
                            .get(0)
                            .format())
                    .isEqualTo("PAdES-BASELINE-" + level.label().substring(2));
        }
    }

    @Test
    void aByteFlippedInsideTheSignedRangeIsAHashFailure() throws Exception {
        Path tampered = Tampering.flipSignedByte(vnsign(SignatureLevel.B_LT), dir.resolve("flipped.pdf"));

        assertVerdict(
                agreeWithDss(tampered, verify(tampered), List.of()), Indication.INVALID, SubIndication.HASH_FAILURE);
    }

    @Test
    void aByteFlippedInTheSignatureValueIsACryptoFailure() throws Exception {
        Path tampered = Tampering.flipSignatureValue(vnsign(SignatureLevel.B_LT), dir.resolve("flipped.pdf"));

        assertVerdict(
                agreeWithDss(tampered, verify(tampered), List.of()),
                Indication.INVALID,
                SubIndication.SIG_CRYPTO_FAILURE);
    }

    @Test
    void pageContentChangedInALaterUpdateIsReported() throws Exception {
        Path tampered = Tampering.drawOnPage(vnsign(SignatureLevel.B_LT), dir.resolve("drawn.pdf"));

        VerificationReport report = verify(tampered);
        SignatureReport signature = agreeWithDss(tampered, report, List.of());

        assertModified(report, signature, ChangeKind.PAGE_CONTENT_CHANGED);
    }

    @Test
    void aPageAddedInALaterUpdateIsReported() throws Exception {
        Path tampered = Tampering.addPage(vnsign(SignatureLevel.B_LT), dir.resolve("added.pdf"));

        VerificationReport report = verify(tampered);
        SignatureReport signature = agreeWithDss(tampered, report, List.of());

        assertVerdict(signature, Indication.INVALID, SubIndication.FORMAT_FAILURE);
        assertThat(signature.changes()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.PAGE_ADDED));
        assertThat(report.summary().en())
                .startsWith("The document is NOT valid")
                .contains("Pages were added");
    }

    @Test
    void anAnnotationLaidOverTextIsReported() throws Exception {
        Path tampered = Tampering.annotateOverText(vnsign(SignatureLevel.B_LT), dir.resolve("annotated.pdf"));

        VerificationReport report = verify(tampered);

        assertModified(report, agreeWithDss(tampered, report, List.of()), ChangeKind.ANNOTATION_ADDED);
    }

    @Test
    void aRevokedSignerWithTheCrlEmbeddedIsRevoked() throws Exception {
        Path signed =
                plain(KeyProfile.REVOKED, PlainItextSigner.Options.approval().withCrls(crls()));

        assertVerdict(
                agreeWithDss(signed, verify(signed), List.of()),
                Indication.INDETERMINATE,
                SubIndication.REVOKED_NO_POE);
    }

    @Test
    void anExpiredSignerWithoutATimestampIsOutOfBounds() throws Exception {
        TestIdentity expired = SigningFixture.identity(KeyProfile.EXPIRED);
        Path signed = plain(
                KeyProfile.EXPIRED,
                PlainItextSigner.Options.approval()
                        .at(expired.certificate().getNotAfter().toInstant().minusSeconds(86_400)));

        SignatureReport signature = agreeWithDss(signed, verify(signed), List.of());

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication().get())
                .isIn(SubIndication.OUT_OF_BOUNDS_NO_POE, SubIndication.OUT_OF_BOUNDS_NOT_REVOKED);
    }

    @Test
    void anExpiredSignerTimestampedWhileValidIsJudgedAtTheTimestamp() throws Exception {
        Path signed = plain(
                KeyProfile.EXPIRED,
                PlainItextSigner.Options.approval()
                        .at(Instant.now().minus(LoopbackPki.BACKDATE))
                        .withCrls(crls())
                        .withTimestamp(LoopbackPki.shared().timestampUrl(LoopbackPki.Tsa.BACKDATED)));

        SignatureReport signature = agreeWithDss(signed, verify(signed), List.of());

        // The time-stamp proves the signature was made while the certificate was valid, so expiry
        // is no longer the problem; a CRL issued after expiry proves nothing about it, though.
        assertVerdict(signature, Indication.INDETERMINATE, SubIndication.TRY_LATER);
        assertThat(signature.timeProven()).isTrue();
        assertThat(signature.level()).contains(SignatureLevel.B_T);
    }

    @Test
    void anUntrustedRootIsNoChain() throws Exception {
        Path signed = vnsign(SignatureLevel.B_LT);

        VerificationReport report = VerifyFixture.verify(VerifyRequest.of(signed), dir);
        List<DssValidation.Signature> dss = DssValidation.validate(
                signed, List.of(SigningFixture.identity(KeyProfile.RSA_3072).certificate()), List.of());

        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.indication()).isEqualTo(VerifyFixture.indication(dss.get(0)));
        assertVerdict(signature, Indication.INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(signature.reason().en()).contains("Test Root CA");
    }

    @Test
    void aMissingIntermediateIsNamed() throws Exception {
        TestIdentity leader = SigningFixture.identity(KeyProfile.RSA_2048);
        Path signed = plain(
                KeyProfile.RSA_2048,
                PlainItextSigner.Options.approval()
                        .withChain(List.of(leader.certificate()))
                        .withCrls(crls()));

        SignatureReport signature = agreeWithDss(signed, verify(signed), List.of());

        assertVerdict(signature, Indication.INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(signature.reason().vi()).contains("CA phục vụ các cơ quan Nhà nước (TEST)");
    }

    @Test
    void aSha1SignatureFailsTheAlgorithmRules() throws Exception {
        Path signed = plain(
                KeyProfile.RSA_2048,
                PlainItextSigner.Options.approval().withDigest("SHA-1").withCrls(crls()));

        assertVerdict(
                agreeWithDss(signed, verify(signed), List.of()),
                Indication.INDETERMINATE,
                SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE);
    }

    @Test
    void aCertificationForbiddingChangesFollowedByAnAnnotationIsReported() throws Exception {
        Path certified = plain(
                KeyProfile.RSA_3072,
                PlainItextSigner.Options.approval()
                        .withPermissions(AccessPermissions.NO_CHANGES_PERMITTED)
                        .withCrls(crls()));
        Path tampered = Tampering.annotateOverText(certified, dir.resolve("annotated.pdf"));

        VerificationReport report = verify(tampered);
        SignatureReport signature = agreeWithDss(tampered, report, List.of());

        assertThat(signature.type()).isEqualTo(SignatureReport.Type.CERTIFICATION);
        assertModified(report, signature, ChangeKind.ANNOTATION_ADDED);
    }

    @Test
    void aSignatureMadeByEuDssIsValid() throws Exception {
        Path input = new Decree30Pdf().pages(2).write(dir.resolve("in.pdf"));
        Path signed = DssSigner.sign(input, dir.resolve("dss.pdf"), SigningFixture.identity(KeyProfile.RSA_3072));

        VerificationReport report = VerifyFixture.verify(request(signed).withOnline(true), dir);

        assertVerdict(agreeWithDss(signed, report, crls()), Indication.VALID, null);
        assertThat(report.signatures().get(0).signer()).isEqualTo("Trần Thị Bích Ngọc");
    }

    @Test
    void initialsThenApprovalKeepsBothValidAndUnmodified() throws Exception {
        Path input = new Decree30Pdf().pages(3).write(dir.resolve("in.pdf"));
        Path initialed = sign(input, "initials", SignatureLevel.B_LT, "initialed.pdf");
        Path approved = sign(initialed, "issue", SignatureLevel.B_LT, "approved.pdf");

        VerificationReport report = verify(approved);

        assertThat(report.signatures()).hasSize(2);
        assertThat(report.signatures()).allSatisfy(s -> assertVerdict(s, Indication.VALID, null));
        assertThat(report.signatures().get(0).pages()).containsExactly(1, 2, 3);
        assertThat(report.signatures().get(0).changes())
                .extracting(c -> c.kind())
                .contains(ChangeKind.SIGNATURE_ADDED);
        assertThat(report.modifiedAfterSigning())
                .as("%s", report.signatures().get(0).changes())
                .isFalse();
        assertThat(report.verdict()).isEqualTo(Indication.VALID);
        List<DssValidation.Signature> dss = DssValidation.validateWithFileDataOnly(approved, SigningFixture.pki());
        assertThat(dss).extracting(DssValidation.Signature::indication).containsOnly("TOTAL_PASSED");
    }

    private Path vnsign(SignatureLevel level) throws Exception {
        Path input = new Decree30Pdf().pages(2).write(dir.resolve("in-" + level + ".pdf"));
        return sign(input, "approval", level, level + ".pdf");
    }

    private Path sign(Path input, String kind, SignatureLevel level, String output) throws Exception {
        LongTermFixture.Signing signing = LongTermFixture.signing(dir, kind);
        SigningRequest request = SigningRequest.of(input, dir.resolve(output), signing.appearance(), signing.profile())
                .withLevel(level, level == SignatureLevel.B_B ? List.of() : List.of(LongTermFixture.tsa()));
        DocumentSigner signer = LongTermFixture.signer(dir);
        return SigningFixture.sign(signer, request, signing.key()).output();
    }

    private Path plain(KeyProfile profile, PlainItextSigner.Options options) throws Exception {
        Path input = new Decree30Pdf().pages(2).write(dir.resolve("in-" + profile + ".pdf"));
        Path output = dir.resolve(profile + "-plain.pdf");
        PlainItextSigner.sign(input, output, SigningFixture.identity(profile), options);
        return output;
    }

    private VerifyRequest request(Path pdf) {
        return VerifyRequest.of(pdf).withAnchors(VerifyFixture.testRoot());
    }

    private VerificationReport verify(Path pdf) throws SignerException {
        return VerifyFixture.verify(pdf, dir);
    }

    private static List<X509CRL> crls() {
        return List.of(SigningFixture.pki().crl(), SigningFixture.pki().rootCrl());
    }

    /** DSS, trusting the test root and given {@code crls}, must reach the same indication on every signature. */
    private static SignatureReport agreeWithDss(Path pdf, VerificationReport report, List<X509CRL> crls) {
        List<X509Certificate> root = List.of(SigningFixture.pki().root());
        List<DssValidation.Signature> dss = DssValidation.validate(pdf, root, crls);
        assertThat(report.signatures()).hasSameSizeAs(dss);
        for (int i = 0; i < dss.size(); i++) {
            assertThat(report.signatures().get(i).indication())
                    .as(
                            "DSS says %s; VNSign: %s",
                            dss.get(i), report.signatures().get(i).reason().en())
                    .isEqualTo(VerifyFixture.indication(dss.get(i)));
        }
        return report.signatures().get(0);
    }

    private static void assertVerdict(SignatureReport signature, Indication indication, SubIndication sub) {
        assertThat(signature.indication()).as(signature.reason().en()).isEqualTo(indication);
        assertThat(signature.subIndication()).isEqualTo(Optional.ofNullable(sub));
        assertThat(signature.reason().vi())
                .isNotBlank()
                .isNotEqualTo(signature.reason().en());
    }

    private static void assertModified(VerificationReport report, SignatureReport signature, ChangeKind kind) {
        assertThat(signature.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.allowed()).isFalse();
        });
        assertThat(signature.modifiedAfterSigning()).isTrue();
        assertThat(report.verdict()).isNotEqualTo(Indication.VALID);
        assertThat(report.summary().en()).startsWith("Warning: the document was changed after");
        assertThat(report.summary().vi()).startsWith("Cảnh báo: tài liệu đã bị sửa đổi sau khi");
    }
}
