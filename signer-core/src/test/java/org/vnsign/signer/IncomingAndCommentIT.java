/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.signatures.AccessPermissions;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * The receiving clerk's incoming stamp ("ĐẾN") and a signed opinion (issue 22): each a new
 * signature on a document others signed, placed where it covers no text, printing what it says,
 * and leaving every earlier signature valid for VNSign, DSS and pdfsig.
 */
class IncomingAndCommentIT {
    @TempDir
    Path dir;

    private final DocumentSigner signer = SigningFixture.documentSigner();

    /** The sender's document as it arrives: approved by the leader and issued by the ministry. */
    private Path issuedBySender() throws Exception {
        Path draft = new Decree30Pdf().write(dir.resolve("draft.pdf"));
        Path approved = sign(draft, "approved.pdf", new Appearance.Approval(Placement.auto()), SigningFixture.leader())
                .output();
        return sign(approved, "issued.pdf", new Appearance.Issue(Placement.auto()), SigningFixture.clerk())
                .output();
    }

    private static SignProfile receivingClerk() {
        return SignProfile.empty().withAgency("Sở Tài chính tỉnh Lạng Sơn");
    }

    private SignResult sign(Path input, String output, Appearance appearance, SignProfile profile)
            throws SignerException {
        return SigningFixture.sign(
                signer, SigningRequest.of(input, dir.resolve(output), appearance, profile), KeyProfile.RSA_2048);
    }

    @Test
    void theIncomingStampPrintsTheReceiptInAFreeCornerOfPageOneAndTheSendersSignaturesStayValid() throws Exception {
        Path received = issuedBySender();

        SignResult stamped = sign(
                received,
                "received.pdf",
                new Appearance.Incoming("245", Corner.TOP_LEFT, Placement.auto()),
                receivingClerk());

        Rect stamp = stamped.plan().signatureRect().orElseThrow();
        BufferedImage before = SigningFixture.render(received, 0);
        assertThat(stamped.plan().signaturePage()).isEqualTo(1);
        assertThat(stamped.plan().notices()).isEmpty();
        assertThat(Pixels.inkWithin(before, stamp))
                .as("the stamp covers nothing printed")
                .isZero();
        assertThat(stamp.centerX()).as("left half").isLessThan(Decree30Pdf.RIGHT / 2);
        assertThat(stamp.y())
                .as("in the blank under the number, above the title")
                .isGreaterThan(705);
        assertThat(Pixels.red(SigningFixture.render(stamped.output(), 0)))
                .as("the red frame of the stamp")
                .hasValueSatisfying(frame -> assertThat(frame.intersects(stamp)).isTrue());
        assertThat(SigningFixture.flattenedText(stamped.output()))
                .contains("SỞ TÀI CHÍNH TỈNH LẠNG SƠN")
                .containsPattern("ĐẾN +Số: 245")
                .containsPattern("Ngày: 22/11/2026 +Giờ: 14:05");
        SigningFixture.keep(stamped.output(), 0, "incoming-stamp.png");
        everySignatureIntact(stamped.output(), 3);
        IndependentValidation.assertValid(stamped.output(), SigningFixture.pki(), 3);
    }

    @Test
    void theCornerIsTheClerksChoiceAndAnEmptyNumberPrintsNoNumberLine() throws Exception {
        Path received = new Decree30Pdf().write(dir.resolve("in.pdf"));

        SignResult bottomRight = sign(
                received,
                "bottom-right.pdf",
                new Appearance.Incoming("", Corner.BOTTOM_RIGHT, Placement.auto()),
                receivingClerk());

        Rect stamp = bottomRight.plan().signatureRect().orElseThrow();
        assertThat(stamp.centerX()).isGreaterThan(Decree30Pdf.RIGHT / 2);
        assertThat(stamp.centerY()).isLessThan(421);
        assertThat(Pixels.inkWithin(SigningFixture.render(received, 0), stamp)).isZero();
        assertThat(SigningFixture.flattenedText(bottomRight.output()))
                .contains("ĐẾN")
                .doesNotContainPattern("ĐẾN +Số");
        IndependentValidation.assertValid(bottomRight.output(), SigningFixture.pki(), 1);
    }

    @Test
    void aCommentIsPrintedOnTheLastPageInItsSignatureAndNamedAsTheReason() throws Exception {
        Path received = issuedBySender();
        String opinion = "Đồng ý với đề xuất của Vụ Ngân sách nhà nước; giao Văn phòng Bộ theo dõi, "
                + "tổng hợp kết quả thực hiện và báo cáo Lãnh đạo Bộ trước ngày 15/12/2026.";

        SignResult commented = sign(
                received, "commented.pdf", new Appearance.Comment(opinion, Placement.auto()), SigningFixture.leader());

        Rect box = commented.plan().signatureRect().orElseThrow();
        int last = commented.plan().pageCount();
        assertThat(commented.plan().signaturePage()).isEqualTo(last);
        assertThat(box.width()).as("wrapped, not one long line").isLessThan(210);
        assertThat(Pixels.inkWithin(SigningFixture.render(received, last - 1), box))
                .isZero();
        String text = SigningFixture.flattenedText(commented.output()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Ý kiến: Đồng ý với đề xuất")
                .contains("báo cáo Lãnh đạo Bộ trước ngày 15/12/2026.")
                .contains("Nguyễn Văn Án");
        SigningFixture.keep(commented.output(), last - 1, "comment.png");
        everySignatureIntact(commented.output(), 3);
        IndependentValidation.assertValid(commented.output(), SigningFixture.pki(), 3);
        try (PDDocument document = Loader.loadPDF(commented.output().toFile())) {
            assertThat(document.getLastSignatureDictionary().getReason()).isEqualTo("Ý kiến: " + opinion);
        }
        List<SignatureReport> reports =
                VerifyFixture.verify(commented.output(), dir).signatures();
        assertThat(reports.get(2).statedReason())
                .as("VNSign's verifier reports the signed comment")
                .contains("Ý kiến: " + opinion);
        assertThat(reports.get(0).statedReason()).isEmpty();
    }

    @Test
    void anEmptyCommentIsRefusedBeforeAnythingIsSigned() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        SigningRequest request = SigningRequest.of(
                input,
                dir.resolve("out.pdf"),
                new Appearance.Comment("   ", Placement.auto()),
                SigningFixture.leader());

        assertThatThrownBy(() -> signer.plan(request, SigningFixture.signer(KeyProfile.RSA_2048)))
                .isInstanceOfSatisfying(
                        SignerException.class, e -> assertThat(e.error()).isEqualTo(SignerError.COMMENT_EMPTY));
        assertThat(dir.resolve("out.pdf")).doesNotExist();
    }

    @Test
    void aCommentOnADocumentCertifiedForFormFillingKeepsTheCertification() throws Exception {
        Path certified = SigningFixture.certifiedLetter(dir, AccessPermissions.FORM_FIELDS_MODIFICATION);

        SignResult commented = sign(
                certified,
                "commented.pdf",
                new Appearance.Comment("Đã xem, đồng ý.", Placement.auto()),
                SigningFixture.leader());

        everySignatureIntact(commented.output(), 2);
        IndependentValidation.assertValid(commented.output(), SigningFixture.pki(), 2);
    }

    /** VNSign's verifier finds no unauthorised change after any signature (offline, so not all are VALID). */
    private void everySignatureIntact(Path pdf, int count) throws SignerException {
        List<SignatureReport> reports = VerifyFixture.verify(pdf, dir).signatures();
        assertThat(reports).hasSize(count).allSatisfy(report -> {
            assertThat(report.indication()).as(report.fieldName()).isNotEqualTo(Indication.INVALID);
            assertThat(report.changes()).as(report.fieldName()).allMatch(change -> change.allowed());
        });
    }
}
