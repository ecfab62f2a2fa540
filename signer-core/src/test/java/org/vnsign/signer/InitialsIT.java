/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.validation.IndependentValidation;

/** Initials on every page under one signature, and the three-signature life of an issued document. */
class InitialsIT {
    @TempDir
    Path dir;

    private final DocumentSigner signer = SigningFixture.documentSigner();

    @Test
    void initialsAFortyFivePageDraftWithOneSignatureThatCoversEveryMark() throws Exception {
        Path draft = new Decree30Pdf().pages(45).write(dir.resolve("du-thao.pdf"));
        KeyPairValueSource key = SigningFixture.source(KeyProfile.RSA_3072);
        SigningRequest request = SigningRequest.of(
                draft,
                dir.resolve("du-thao.initialed.pdf"),
                new Appearance.Initials(PageSelection.all(), Corner.BOTTOM_RIGHT),
                SigningFixture.leader().withName("Trần Thị Bích Ngọc"));

        SignResult result = signer.sign(signer.plan(request, SigningFixture.signer(KeyProfile.RSA_3072)), key);

        assertThat(key.calls()).isEqualTo(1);
        assertThat(result.plan().marks()).hasSize(45);
        assertThat(result.plan().notices()).isEmpty();
        assertThat(result.plan().signaturePage()).isEqualTo(45);
        assertThat(Pixels.inkWithin(
                        SigningFixture.render(draft, 44),
                        result.plan().signatureRect().orElseThrow()))
                .as(
                        "the signature's mark after the last ./. covers no text, not even the line above: %s",
                        result.plan().signatureRect())
                .isZero();
        for (Map.Entry<Integer, Rect> mark : result.plan().marks().entrySet()) {
            int index = mark.getKey() - 1;
            BufferedImage before = SigningFixture.render(draft, index);
            BufferedImage after = SigningFixture.render(result.output(), index);
            assertThat(Pixels.inkWithin(before, mark.getValue()))
                    .as("text under the mark on page %d", mark.getKey())
                    .isZero();
            assertThat(Pixels.inkWithin(after, mark.getValue()))
                    .as("mark on page %d", mark.getKey())
                    .isGreaterThan(50);
        }
        assertThat(StringUtils.countMatches(SigningFixture.text(result.output()), "Trần Thị Bích Ngọc"))
                .isEqualTo(45);
        IndependentValidation.Reports reports =
                IndependentValidation.assertValid(result.output(), SigningFixture.pki(), 1);
        assertThat(reports.dss().get(0).warnings())
                .noneMatch(w -> w.toLowerCase().contains("modif"));
    }

    @Test
    void initialThenApprovalThenIssueKeepsAllThreeValid() throws Exception {
        Path draft = new Decree30Pdf().pages(3).write(dir.resolve("draft.pdf"));
        Path initialed = sign(
                draft,
                "initialed.pdf",
                new Appearance.Initials(PageSelection.parse("1-last"), Corner.BOTTOM_RIGHT),
                SigningFixture.leader().withName("Trần Thị Bích Ngọc"),
                KeyProfile.RSA_3072);
        Path approved = approve(initialed);
        Path issued = sign(
                approved,
                "issued.pdf",
                new Appearance.Issue(Placement.auto()),
                SigningFixture.clerk(),
                KeyProfile.EC_P256);

        IndependentValidation.assertValid(issued, SigningFixture.pki(), 3);
    }

    @Test
    void initialsAfterAnEarlierSignatureBecomeStampsAndKeepItValid() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        Path approved = sign(
                input,
                "approved.pdf",
                new Appearance.Approval(Placement.auto()),
                SigningFixture.leader(),
                KeyProfile.RSA_2048);
        SigningRequest request = SigningRequest.of(
                approved,
                dir.resolve("initialed.pdf"),
                new Appearance.Initials(PageSelection.all(), Corner.TOP_LEFT),
                SigningFixture.leader().withName("Trần Thị Bích Ngọc"));
        SigningPlan plan = signer.plan(request, SigningFixture.signer(KeyProfile.RSA_3072));

        SignResult result = signer.sign(plan, SigningFixture.source(KeyProfile.RSA_3072));

        assertThat(plan.notices()).contains(new SignNotice(SignNotice.Kind.MARKS_AS_ANNOTATIONS, 0));
        IndependentValidation.assertValid(result.output(), SigningFixture.pki(), 2);
        assertThat(Pixels.inkWithin(
                        SigningFixture.render(result.output(), 0), plan.marks().get(1)))
                .isGreaterThan(50);
    }

    @Test
    void aMarkMovedByHandLandsAtThatPositionOnEveryPageAndStaysInsideSmallerPages() throws Exception {
        Path draft = new Decree30Pdf().pages(3).write(dir.resolve("draft.pdf"));
        SigningRequest request = SigningRequest.of(
                draft,
                dir.resolve("moved.pdf"),
                new Appearance.Initials(
                        PageSelection.all(), Corner.BOTTOM_RIGHT, Optional.of(new MarkPosition(40, 5000))),
                SigningFixture.leader());

        SignResult result = SigningFixture.sign(signer, request, KeyProfile.RSA_2048);

        assertThat(result.plan().marks().values()).allSatisfy(mark -> {
            assertThat(mark.x()).isEqualTo(40f);
            assertThat(mark.y() + mark.height()).as("kept inside the page").isLessThanOrEqualTo(842f);
        });
        IndependentValidation.assertValid(result.output(), SigningFixture.pki(), 1);
    }

    @Test
    void approvalAfterInitialsMovedUnderTheSignerBlockStillFindsTheNameUnderTheTitle() throws Exception {
        Path draft = new Decree30Pdf().pages(2).write(dir.resolve("draft.pdf"));
        Path initialed = sign(
                draft,
                "initialed.pdf",
                new Appearance.Initials(PageSelection.all(), Corner.BOTTOM_LEFT, Optional.of(new MarkPosition(60, 30))),
                SigningFixture.leader(),
                KeyProfile.RSA_3072);

        Path approved = approve(initialed);

        IndependentValidation.assertValid(approved, SigningFixture.pki(), 2);
    }

    @Test
    void aWatermarkIsDrawnOnEveryMark() throws Exception {
        Path draft = new Decree30Pdf().pages(2).write(dir.resolve("draft.pdf"));
        SigningRequest request = SigningRequest.of(
                draft,
                dir.resolve("demo.pdf"),
                new Appearance.Initials(PageSelection.all(), Corner.BOTTOM_RIGHT),
                SigningFixture.leader().withWatermark("DEMO"));

        SignResult result = SigningFixture.sign(signer, request, KeyProfile.RSA_2048);

        assertThat(StringUtils.countMatches(SigningFixture.text(result.output()), "DEMO"))
                .isEqualTo(2);
    }

    /** The vice-minister's approval, placed automatically between title and name. */
    private Path approve(Path input) throws SignerException {
        return sign(
                input,
                "approved.pdf",
                new Appearance.Approval(Placement.auto()),
                SigningFixture.leader(),
                KeyProfile.RSA_2048);
    }

    private Path sign(Path input, String output, Appearance appearance, SignProfile profile, KeyProfile key)
            throws SignerException {
        SigningRequest request = SigningRequest.of(input, dir.resolve(output), appearance, profile);
        return SigningFixture.sign(signer, request, key).output();
    }
}
