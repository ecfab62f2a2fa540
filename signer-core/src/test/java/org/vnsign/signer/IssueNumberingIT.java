/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * Issuing with the number and date the clerk assigns (Decree 30 Art. 32, issue 22): the approved
 * draft's blanks are filled in the revision the agency signature covers, the leader's approval
 * stays valid, what is already printed stays, and what is printed and differs is refused.
 */
class IssueNumberingIT {
    private static final LocalDate FIFTH_OF_FEBRUARY = LocalDate.of(2026, 2, 5);

    @TempDir
    Path dir;

    private final DocumentSigner signer = SigningFixture.documentSigner();

    private Path approvedDraft(String numberLine, String dateLine) throws Exception {
        Path draft = new Decree30Pdf().numberAndDateLines(numberLine, dateLine).write(dir.resolve("draft.pdf"));
        return sign(draft, "approved.pdf", new Appearance.Approval(Placement.auto()), SigningFixture.leader())
                .output();
    }

    private SignResult sign(Path input, String output, Appearance appearance, SignProfile profile)
            throws SignerException {
        return SigningFixture.sign(
                signer, SigningRequest.of(input, dir.resolve(output), appearance, profile), KeyProfile.RSA_2048);
    }

    private static Appearance.Issue issue(String number, LocalDate date) {
        return new Appearance.Issue(Placement.auto(), IssueNumbering.of(number, date));
    }

    @Test
    void theNumberAndTheDateGoIntoTheBlanksAndEverySignatureStaysValid() throws Exception {
        Path approved = approvedDraft("Số:          /QĐ-BTC", "Hà Nội, ngày        tháng        năm 2026");

        SignResult issued =
                sign(approved, "issued.pdf", issue("123/QĐ-BTC", FIFTH_OF_FEBRUARY), SigningFixture.clerk());

        assertThat(issued.plan().printed())
                .extracting(PrintedText::text)
                .as("the notation and the year are printed already; days below 10 and February get a zero")
                .containsExactly("123", "05", "02");
        String text = pdftotext(issued.output());
        assertThat(text).containsPattern("Số: +123/QĐ-BTC").containsPattern("ngày +05 +tháng +02 +năm 2026");
        everyChangedPixelOfPageOneIsInABlank(approved, issued);
        // This fixture verifies offline without revocation data: what is asked here is that the
        // printed number and date are no unauthorised change for the leader's approval.
        List<SignatureReport> reports =
                VerifyFixture.verify(issued.output(), dir).signatures();
        assertThat(reports).hasSize(2).allSatisfy(report -> {
            assertThat(report.indication()).as(report.fieldName()).isNotEqualTo(Indication.INVALID);
            assertThat(report.changes()).as(report.fieldName()).allMatch(change -> change.allowed());
        });
        assertThat(reports.get(0).changes())
                .extracting(change -> change.description().en())
                .contains("A later issuing signature printed the number or date \"123\" on page 1.");
        IndependentValidation.assertValid(issued.output(), SigningFixture.pki(), 2);
    }

    @Test
    void aStampNamedAsTheIssuesNumberButAddedAfterSigningIsAnUnauthorisedChange() throws Exception {
        Path approved = approvedDraft("Số:          /QĐ-BTC", "Hà Nội, ngày        tháng        năm 2026");
        SignResult issued =
                sign(approved, "issued.pdf", issue("123/QĐ-BTC", FIFTH_OF_FEBRUARY), SigningFixture.clerk());
        Path forged = Tampering.forgeIssueNumbering(issued.output(), dir.resolve("forged.pdf"));

        List<SignatureReport> reports = VerifyFixture.verify(forged, dir).signatures();

        assertThat(reports).hasSize(2).allSatisfy(report -> assertThat(report.changes())
                .as(report.fieldName())
                .anyMatch(change -> !change.allowed()));
    }

    @Test
    void aDocumentIssuedWithANumberIsNotNumberedAgainWithAnother() throws Exception {
        Path approved = approvedDraft("Số:          /QĐ-BTC", "Hà Nội, ngày        tháng        năm 2026");
        Path issued = sign(approved, "issued.pdf", issue("123/QĐ-BTC", FIFTH_OF_FEBRUARY), SigningFixture.clerk())
                .output();

        assertThat(sign(issued, "again.pdf", issue("123/QĐ-BTC", FIFTH_OF_FEBRUARY), SigningFixture.clerk())
                        .plan()
                        .printed())
                .as("the same number and date: nothing printed twice")
                .isEmpty();
        assertThatThrownBy(() -> sign(issued, "other.pdf", issue("124/QĐ-BTC", null), SigningFixture.clerk()))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.NUMBERING_CONFLICT);
    }

    @Test
    void dottedBlanksAndAPartYearAreFilledAndANumberWithoutPrintedNotationIsWrittenWhole() throws Exception {
        Path approved = approvedDraft("Số: ……………", "Hà Nội, ngày ….. tháng ….. năm 20…");

        SignResult issued =
                sign(approved, "issued.pdf", issue("45/TTr-BTC", LocalDate.of(2026, 12, 16)), SigningFixture.clerk());

        assertThat(issued.plan().printed())
                .extracting(PrintedText::text)
                .containsExactly("45/TTr-BTC", "16", "12", "26");
        assertThat(issued.plan().printed())
                .allSatisfy(printed -> assertThat(printed.coversLeaders()).isTrue());
        assertThat(pdftotext(issued.output())).contains("45/TTr-BTC");
        IndependentValidation.assertValid(issued.output(), SigningFixture.pki(), 2);
    }

    @Test
    void whatIsPrintedAlreadyAndTheSameIsKeptAndNothingIsPrintedOverIt() throws Exception {
        Path approved = approvedDraft("Số: 123/QĐ-BTC", "Hà Nội, ngày 05 tháng 02 năm 2026");

        SignResult issued =
                sign(approved, "issued.pdf", issue("123/QĐ-BTC", FIFTH_OF_FEBRUARY), SigningFixture.clerk());

        assertThat(issued.plan().printed()).isEmpty();
    }

    @Test
    void anotherNumberNotationOrDatePrintedAlreadyIsRefusedAndNothingIsWritten() throws Exception {
        Path numbered = approvedDraft("Số: 45/QĐ-BTC", "Hà Nội, ngày 20 tháng 11 năm 2026");

        for (Appearance.Issue conflicting : List.of(
                issue("123/QĐ-BTC", null),
                issue("45/TTr-BTC", null),
                issue(null, LocalDate.of(2026, 11, 21)),
                issue(null, LocalDate.of(2027, 11, 20)))) {
            assertThatThrownBy(() -> sign(numbered, "issued.pdf", conflicting, SigningFixture.clerk()))
                    .as(conflicting.numbering().toString())
                    .extracting(e -> ((SignerException) e).error())
                    .isEqualTo(SignerError.NUMBERING_CONFLICT);
        }
        assertThat(dir.resolve("issued.pdf")).doesNotExist();
    }

    @Test
    void aFirstPageWithoutANumberOrDateLineIsSaidNotGuessed() throws Exception {
        Path approved = approvedDraft("V/v chữ ký số", "Độc lập - Tự do");

        assertThatThrownBy(() -> sign(approved, "issued.pdf", issue("123/QĐ-BTC", null), SigningFixture.clerk()))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.NUMBERING_LINE_NOT_FOUND);
        assertThatThrownBy(() -> sign(approved, "issued.pdf", issue(null, FIFTH_OF_FEBRUARY), SigningFixture.clerk()))
                .extracting(e -> ((SignerException) e).error())
                .isEqualTo(SignerError.NUMBERING_LINE_NOT_FOUND);
        assertThat(dir.resolve("issued.pdf")).doesNotExist();
    }

    /** Page 1 carries no signature widget: every pixel the issue changed there is in a blank it filled. */
    private static void everyChangedPixelOfPageOneIsInABlank(Path before, SignResult issued) {
        BufferedImage was = SigningFixture.render(before, 0);
        BufferedImage now = SigningFixture.render(issued.output(), 0);
        int changed = 0;
        for (int y = 0; y < was.getHeight(); y++) {
            for (int x = 0; x < was.getWidth(); x++) {
                if (was.getRGB(x, y) != now.getRGB(x, y)) {
                    changed++;
                    float pageX = x + 0.5f;
                    float pageY = was.getHeight() - y - 0.5f;
                    assertThat(issued.plan().printed())
                            .as("pixel %d,%d", x, y)
                            .anyMatch(printed -> inside(printed.rect(), pageX, pageY));
                }
            }
        }
        assertThat(changed).as("something was printed").isPositive();
    }

    private static boolean inside(Rect rect, float x, float y) {
        return x >= rect.x() - 1 && x <= rect.right() + 1 && y >= rect.y() - 1 && y <= rect.top() + 1;
    }

    private static String pdftotext(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-layout", "-f", "1", "-l", "1", pdf.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(text).isZero();
        return text;
    }
}
