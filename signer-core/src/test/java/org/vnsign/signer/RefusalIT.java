/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.AccessPermissions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.validation.IndependentValidation;

/** Every refusal comes before the key is asked, with a specific error, and leaves no file behind. */
class RefusalIT {
    @TempDir
    Path dir;

    private final DocumentSigner signer = SigningFixture.documentSigner();

    private static final SignatureValueSource MUST_NOT_BE_CALLED = (mechanism, hash, digest) -> {
        throw new AssertionError("the key was asked although the document is refused");
    };

    @Test
    void refusesACertifiedDocumentThatAllowsNoChanges() throws Exception {
        Path certified = SigningFixture.certifiedLetter(dir, AccessPermissions.NO_CHANGES_PERMITTED);

        assertRefused(certified, new Appearance.Approval(Placement.auto()), SignerError.PDF_CERTIFIED_NO_CHANGES);
    }

    @Test
    void refusesInitialMarksWhereTheCertificationAllowsOnlySignatures() throws Exception {
        Path certified = SigningFixture.certifiedLetter(dir, AccessPermissions.FORM_FIELDS_MODIFICATION);

        assertRefused(
                certified,
                new Appearance.Initials(PageSelection.all(), Corner.BOTTOM_RIGHT),
                SignerError.PDF_CERTIFIED_NO_MARKS);
        SignResult approval = plainSign(certified, new Appearance.Approval(Placement.auto()));
        assertThat(approval.output()).exists();
    }

    @Test
    void refusesADocumentWhoseSignatureLocksItAgainstChangesButSignsOneThatAllowsSignatures() throws Exception {
        Path letter = new Decree30Pdf().write(dir.resolve("letter.pdf"));
        Path locked = signedWithFieldLock(
                letter, "locked.pdf", com.itextpdf.forms.PdfSigFieldLock.LockPermissions.NO_CHANGES_ALLOWED);
        Path fillable = signedWithFieldLock(
                letter, "fillable.pdf", com.itextpdf.forms.PdfSigFieldLock.LockPermissions.FORM_FILLING);

        assertRefused(locked, new Appearance.Approval(Placement.auto()), SignerError.PDF_FIELD_LOCKED);
        SignResult approval = plainSign(fillable, new Appearance.Approval(Placement.auto()));
        IndependentValidation.assertValid(approval.output(), SigningFixture.pki(), 2);
    }

    /** {@code letter} signed by another tool with a FieldMDP lock on its signature's field. */
    private Path signedWithFieldLock(
            Path letter, String name, com.itextpdf.forms.PdfSigFieldLock.LockPermissions permissions) throws Exception {
        Path signed = dir.resolve(name);
        PlainItextSigner.sign(
                letter,
                signed,
                SigningFixture.identity(KeyProfile.RSA_3072),
                PlainItextSigner.Options.approval().withFieldLock(permissions));
        return signed;
    }

    @Test
    void refusesDamagedFiles() throws Exception {
        Path good = new Decree30Pdf().write(dir.resolve("good.pdf"));
        Path truncated = Decree30Pdf.truncated(good, dir.resolve("truncated.pdf"));
        Path notPdf = Files.writeString(dir.resolve("letter.pdf"), "Kính gửi: Văn phòng Bộ");

        assertRefused(truncated, new Appearance.Invisible(), SignerError.PDF_DAMAGED);
        assertRefused(notPdf, new Appearance.Invisible(), SignerError.PDF_DAMAGED);
    }

    @Test
    void encryptedFilesNeedTheRightPassword() throws Exception {
        Path encrypted = new Decree30Pdf().writeEncrypted(dir.resolve("mat.pdf"), "nguoidung", "chusohuu");
        SigningRequest request =
                SigningRequest.of(encrypted, dir.resolve("out.pdf"), new Appearance.Invisible(), SignProfile.empty());
        SignerIdentity identity = SigningFixture.signer(KeyProfile.RSA_2048);

        assertThatThrownBy(() -> signer.plan(request, identity))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.PDF_PASSWORD_REQUIRED);
        assertThatThrownBy(() -> signer.plan(request.withPassword("sai".toCharArray()), identity))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.PDF_PASSWORD_INCORRECT);
        assertThatThrownBy(() -> signer.plan(request.withPassword("nguoidung".toCharArray()), identity))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.PDF_OWNER_PASSWORD_REQUIRED);

        SigningPlan plan = signer.plan(request.withPassword("chusohuu".toCharArray()), identity);
        SignResult result = signer.sign(plan, SigningFixture.source(KeyProfile.RSA_2048));
        try (var reader = new PdfReader(
                        result.output().toFile(),
                        new com.itextpdf.kernel.pdf.ReaderProperties().setPassword("chusohuu".getBytes()));
                var document = new com.itextpdf.kernel.pdf.PdfDocument(reader)) {
            var util = new com.itextpdf.signatures.SignatureUtil(document);
            assertThat(util.getSignatureNames()).hasSize(1);
            assertThat(util.readSignatureData(util.getSignatureNames().get(0))
                            .verifySignatureIntegrityAndAuthenticity())
                    .isTrue();
        }
    }

    @Test
    void neverWritesOverAnExistingOutputOrTheInput() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        Path existing = Files.writeString(dir.resolve("out.pdf"), "đã có");
        SigningRequest request = SigningRequest.of(input, existing, new Appearance.Invisible(), SignProfile.empty());
        SignerIdentity identity = SigningFixture.signer(KeyProfile.RSA_2048);

        assertThatThrownBy(() -> signer.plan(request, identity))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.OUTPUT_EXISTS);
        assertThat(Files.readString(existing)).isEqualTo("đã có");
        assertThatThrownBy(() -> signer.plan(
                        SigningRequest.of(input, input, new Appearance.Invisible(), SignProfile.empty())
                                .withOverwrite(true),
                        identity))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.OUTPUT_IS_INPUT);

        SignResult replaced = signer.sign(
                signer.plan(request.withOverwrite(true), identity), SigningFixture.source(KeyProfile.RSA_2048));
        assertThat(Files.readAllBytes(replaced.output())).startsWith(Files.readAllBytes(input));
    }

    @Test
    void aFailingKeyLeavesNoFile() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        SigningRequest request =
                SigningRequest.of(input, dir.resolve("out.pdf"), new Appearance.Invisible(), SignProfile.empty());
        SigningPlan plan = signer.plan(request, SigningFixture.signer(KeyProfile.RSA_2048));
        Exception pinRefused = new Exception("CKR_PIN_INCORRECT");

        assertThatThrownBy(() -> signer.sign(plan, (m, h, d) -> {
                    throw new SignatureValueException("token refused", pinRefused);
                }))
                .isInstanceOfSatisfying(SignerException.class, e -> {
                    assertThat(e.error()).isEqualTo(SignerError.SIGNATURE_VALUE_FAILED);
                    assertThat(e.getCause().getCause()).isSameAs(pinRefused);
                });
        assertThatThrownBy(() -> signer.sign(plan, SigningFixture.source(KeyProfile.RSA_3072)))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.SIGNATURE_VALUE_INVALID);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.pdf");
        }
    }

    @Test
    void automaticIssueNeedsAnApprovalSignatureFirst() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        SigningRequest request = SigningRequest.of(
                input, dir.resolve("out.pdf"), new Appearance.Issue(Placement.auto()), SigningFixture.clerk());

        assertThatThrownBy(() -> signer.plan(request, SigningFixture.signer(KeyProfile.EC_P256)))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.PLACEMENT_NOT_FOUND);
    }

    private void assertRefused(Path input, Appearance appearance, SignerError expected) throws Exception {
        SigningRequest request =
                SigningRequest.of(input, dir.resolve("refused.pdf"), appearance, SigningFixture.leader());
        assertThatThrownBy(() -> signer.sign(
                        signer.plan(request, SigningFixture.signer(KeyProfile.RSA_2048)), MUST_NOT_BE_CALLED))
                .isInstanceOfSatisfying(
                        SignerException.class, e -> assertThat(e.error()).isEqualTo(expected));
        assertThat(dir.resolve("refused.pdf")).doesNotExist();
    }

    private SignResult plainSign(Path input, Appearance appearance) throws SignerException {
        SigningRequest request =
                SigningRequest.of(input, dir.resolve("signed.pdf"), appearance, SigningFixture.leader());
        return SigningFixture.sign(signer, request, KeyProfile.RSA_2048);
    }
}
