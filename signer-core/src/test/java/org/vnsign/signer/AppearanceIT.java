/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.validation.IndependentValidation;

/** The Decree 30/2020 appearances as rendered pixels and extracted text, and as validators see them. */
class AppearanceIT {
    @TempDir
    Path dir;

    private final DocumentSigner signer = SigningFixture.documentSigner();

    @Test
    void approvalThenIssueLookAsDecree30AsksAndBothStayValid() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("quyet-dinh.pdf"));
        SignResult approval = sign(
                input,
                dir.resolve("approved.pdf"),
                new Appearance.Approval(Placement.auto()),
                SigningFixture.leader(),
                KeyProfile.RSA_2048);
        Rect signature = approval.plan().signatureRect().orElseThrow();
        BufferedImage approved =
                SigningFixture.render(approval.output(), approval.plan().signaturePage() - 1);
        Rect blue = Pixels.blue(approved).orElseThrow();

        assertThat(approval.plan().signaturePage()).isEqualTo(2);
        assertThat(blue.centerX()).isCloseTo(Decree30Pdf.SIGNER_COLUMN_CENTRE, within(6f));
        float titleBaseline = nameBaseline(signature) + Decree30Pdf.SIGNATURE_SPACE;
        assertThat(blue.top()).isLessThan(titleBaseline - 3);
        assertThat(blue.y()).isGreaterThan(nameBaseline(signature) + 10);

        SignResult issue = sign(
                approval.output(),
                dir.resolve("issued.pdf"),
                new Appearance.Issue(Placement.auto()),
                SigningFixture.clerk(),
                KeyProfile.RSA_3072);
        BufferedImage issued =
                SigningFixture.render(issue.output(), issue.plan().signaturePage() - 1);
        Rect red = Pixels.red(issued).orElseThrow();
        float sealSize = (float) (SignProfile.DEFAULT_SEAL_DIAMETER_MM * 72 / 25.4);

        assertThat(red.width()).isCloseTo(sealSize, within(3f));
        assertThat(red.right()).isCloseTo(blue.x() + blue.width() / 3, within(4f));
        assertThat(red.centerY()).isCloseTo(blue.centerY(), within(4f));
        assertThat(Pixels.blue(issued)).contains(blue);
        assertThat(SigningFixture.flattenedText(issue.output()))
                .contains("Cơ quan: Bộ Tài chính")
                .contains("Thời gian ký: " + SigningFixture.PRINTED_TIME);

        IndependentValidation.assertValid(issue.output(), SigningFixture.pki(), 2);
    }

    @Test
    void annexAndCopyPrintTheirTextTopRightOfPageOne() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("phu-luc.pdf"));
        SignResult annex = sign(
                input,
                dir.resolve("annex.pdf"),
                new Appearance.Annex("123/QĐ-BTC", Placement.auto()),
                SigningFixture.clerk(),
                KeyProfile.EC_P256);
        SignResult copy = sign(
                input,
                dir.resolve("copy.pdf"),
                new Appearance.Copy(CopyForm.SAO_Y, "05/SY-VP", Placement.auto()),
                SigningFixture.clerk(),
                KeyProfile.EC_P256);

        for (SignResult result : new SignResult[] {annex, copy}) {
            Rect rect = result.plan().signatureRect().orElseThrow();
            assertThat(result.plan().signaturePage()).isEqualTo(1);
            assertThat(rect.right()).isCloseTo(Decree30Pdf.RIGHT, within(1f));
            assertThat(rect.y()).isGreaterThan(Decree30Pdf.TOP);
            assertThat(result.plan().notices()).isEmpty();
            assertThat(Pixels.inkWithin(SigningFixture.render(input, 0), rect))
                    .as("in the top margin, over none of the letterhead's words")
                    .isZero();
            IndependentValidation.assertValid(result.output(), SigningFixture.pki(), 1);
        }
        assertThat(SigningFixture.flattenedText(annex.output()))
                .contains("Số: 123/QĐ-BTC")
                .contains("Thời gian ký: " + SigningFixture.PRINTED_TIME);
        SigningFixture.keep(copy.output(), 0, "copy-top-right.png");
        assertThat(SigningFixture.flattenedText(copy.output()))
                .containsPattern("SAO Y +Số: 05/SY-VP")
                .contains("Bộ Tài chính")
                .contains("Thời gian ký: " + SigningFixture.PRINTED_TIME);
    }

    @Test
    void fixedPlacementPutsTheWidgetWhereTheUserSaid() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        Rect rect = new Rect(100, 400, 150, 60);
        SignResult result = sign(
                input,
                dir.resolve("out.pdf"),
                new Appearance.Approval(new Placement.Fixed(1, rect)),
                SigningFixture.leader(),
                KeyProfile.RSA_2048);

        Rect blue = Pixels.blue(SigningFixture.render(result.output(), 0)).orElseThrow();
        assertThat(result.plan().signatureRect()).contains(rect);
        assertThat(blue.x()).isGreaterThanOrEqualTo(rect.x() - 1);
        assertThat(blue.right()).isLessThanOrEqualTo(rect.right() + 1);
        assertThat(blue.y()).isGreaterThanOrEqualTo(rect.y() - 1);
        assertThat(blue.top()).isLessThanOrEqualTo(rect.top() + 1);
    }

    @Test
    void textInABoxTooSmallForItShrinksInsteadOfBeingCutOff() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        Rect narrow = new Rect(100, 400, 90, 30);
        SignResult result = sign(
                input,
                dir.resolve("out.pdf"),
                new Appearance.Approval(new Placement.Fixed(1, narrow)),
                SignProfile.empty().withName("Nguyễn Văn Án"),
                KeyProfile.RSA_2048);

        var before = SigningFixture.render(input, 0);
        var after = SigningFixture.render(result.output(), 0);
        Rect beyond = new Rect(narrow.right() + 1, narrow.y(), 120, narrow.height());
        assertThat(Pixels.inkWithin(after, narrow)).isGreaterThan(Pixels.inkWithin(before, narrow) + 20);
        assertThat(Pixels.inkWithin(after, beyond))
                .as("nothing drawn beyond the box")
                .isEqualTo(Pixels.inkWithin(before, beyond));
    }

    /** The signer's name baseline sits just under the gap the approval was centred in. */
    private static float nameBaseline(Rect signature) {
        return signature.centerY() - Decree30Pdf.SIGNATURE_SPACE / 2 + 6;
    }

    private SignResult sign(Path input, Path output, Appearance appearance, SignProfile profile, KeyProfile key)
            throws SignerException {
        SigningRequest request = SigningRequest.of(input, output, appearance, profile);
        return SigningFixture.sign(signer, request, key);
    }
}
