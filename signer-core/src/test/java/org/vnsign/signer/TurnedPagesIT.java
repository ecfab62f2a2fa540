/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * Pages stored turned (/Rotate 90, 180, 270) with content drawn against the turn look exactly like
 * the upright document; signed, they must still look exactly like the signed upright document:
 * every appearance placed where it is on the upright page and reading upright, every signature
 * valid in DSS and pdfsig.
 */
class TurnedPagesIT {
    /**
     * Pixels allowed to differ between two renderings of the same look. PDFBox renders both to the
     * same pixels today; a few are allowed for anti-aliasing, far fewer than one mark's ink.
     */
    private static final double MAX_DIFFERENT_SHARE = 0.0001;

    @TempDir
    Path dir;

    private final DocumentSigner signer = SigningFixture.documentSigner();

    @ParameterizedTest(name = "/Rotate {0}")
    @ValueSource(ints = {90, 180, 270})
    void approvalThenIssueOnATurnedPageLookAsOnTheUprightPage(int rotation) throws Exception {
        Path upright = new Decree30Pdf().write(dir.resolve("upright.pdf"));
        Path turned = new Decree30Pdf().turned(rotation).write(dir.resolve("turned.pdf"));
        assertLookAlike(upright, turned, 1);

        SignResult uprightApproval = approve(upright, "upright.approved.pdf");
        SignResult turnedApproval = approve(turned, "turned.approved.pdf");
        assertSameRect(
                turnedApproval.plan().signatureRect().orElseThrow(),
                uprightApproval.plan().signatureRect().orElseThrow());
        SignResult uprightIssue = issue(uprightApproval.output(), "upright.issued.pdf");
        SignResult turnedIssue = issue(turnedApproval.output(), "turned.issued.pdf");

        assertSameRect(
                turnedIssue.plan().signatureRect().orElseThrow(),
                uprightIssue.plan().signatureRect().orElseThrow());
        assertLookAlike(uprightIssue.output(), turnedIssue.output(), 1);
        BufferedImage page = SigningFixture.render(turnedIssue.output(), 1);
        Rect blue = Pixels.blue(page).orElseThrow();
        Rect red = Pixels.red(page).orElseThrow();
        assertThat(blue.width())
                .as("the signature image reads upright: wider than tall")
                .isGreaterThan(blue.height());
        assertThat(red.right()).isCloseTo(blue.x() + blue.width() / 3, within(4f));
        IndependentValidation.assertValid(turnedIssue.output(), SigningFixture.pki(), 2);
    }

    @ParameterizedTest(name = "/Rotate {0}")
    @ValueSource(ints = {90, 180, 270})
    void initialsOnTurnedPagesSitInTheShownCornerAndReadUpright(int rotation) throws Exception {
        Path upright = new Decree30Pdf().pages(3).write(dir.resolve("upright.pdf"));
        Path turned = new Decree30Pdf().pages(3).turned(rotation).write(dir.resolve("turned.pdf"));

        SignResult uprightInitials = initial(upright, "upright.initialed.pdf");
        SignResult turnedInitials = initial(turned, "turned.initialed.pdf");

        assertThat(turnedInitials.plan().marks()).hasSize(3);
        for (Map.Entry<Integer, Rect> mark : turnedInitials.plan().marks().entrySet()) {
            assertSameRect(mark.getValue(), uprightInitials.plan().marks().get(mark.getKey()));
        }
        assertSameRect(
                turnedInitials.plan().signatureRect().orElseThrow(),
                uprightInitials.plan().signatureRect().orElseThrow());
        for (int index = 0; index < 3; index++) {
            assertLookAlike(uprightInitials.output(), turnedInitials.output(), index);
        }
        IndependentValidation.assertValid(turnedInitials.output(), SigningFixture.pki(), 1);
    }

    @ParameterizedTest(name = "/Rotate {0}")
    @ValueSource(ints = {90, 270})
    void initialsAfterAnEarlierSignatureBecomeUprightStampsOnTurnedPages(int rotation) throws Exception {
        Path uprightApproved = approve(new Decree30Pdf().write(dir.resolve("upright.pdf")), "upright.approved.pdf")
                .output();
        Path turnedApproved = approve(
                        new Decree30Pdf().turned(rotation).write(dir.resolve("turned.pdf")), "turned.approved.pdf")
                .output();

        SignResult uprightInitials = initial(uprightApproved, "upright.initialed.pdf");
        SignResult turnedInitials = initial(turnedApproved, "turned.initialed.pdf");

        assertThat(turnedInitials.plan().notices())
                .anyMatch(notice -> notice.kind() == SignNotice.Kind.MARKS_AS_ANNOTATIONS);
        assertLookAlike(uprightInitials.output(), turnedInitials.output(), 0);
        IndependentValidation.assertValid(turnedInitials.output(), SigningFixture.pki(), 2);
    }

    @ParameterizedTest(name = "/Rotate {0}")
    @ValueSource(ints = {90, 270})
    void aFixedRectangleIsReadAsTheReaderSeesThePage(int rotation) throws Exception {
        Path turned = new Decree30Pdf().turned(rotation).write(dir.resolve("turned.pdf"));
        Rect rect = new Rect(100, 400, 150, 60);

        SignResult result = sign(
                turned,
                "fixed.pdf",
                new Appearance.Approval(new Placement.Fixed(1, rect)),
                SigningFixture.leader(),
                KeyProfile.RSA_2048);

        Rect blue = Pixels.blue(SigningFixture.render(result.output(), 0)).orElseThrow();
        assertThat(blue.x()).isGreaterThanOrEqualTo(rect.x() - 1);
        assertThat(blue.right()).isLessThanOrEqualTo(rect.right() + 1);
        assertThat(blue.y()).isGreaterThanOrEqualTo(rect.y() - 1);
        assertThat(blue.top()).isLessThanOrEqualTo(rect.top() + 1);
        assertThat(blue.width()).isGreaterThan(blue.height());
    }

    private SignResult approve(Path input, String output) throws SignerException {
        return sign(
                input, output, new Appearance.Approval(Placement.auto()), SigningFixture.leader(), KeyProfile.RSA_2048);
    }

    private SignResult issue(Path input, String output) throws SignerException {
        return sign(input, output, new Appearance.Issue(Placement.auto()), SigningFixture.clerk(), KeyProfile.RSA_3072);
    }

    private SignResult initial(Path input, String output) throws SignerException {
        return sign(
                input,
                output,
                new Appearance.Initials(PageSelection.all(), Corner.BOTTOM_RIGHT),
                SigningFixture.leader(),
                KeyProfile.RSA_2048);
    }

    private SignResult sign(Path input, String output, Appearance appearance, SignProfile profile, KeyProfile key)
            throws SignerException {
        return SigningFixture.sign(signer, SigningRequest.of(input, dir.resolve(output), appearance, profile), key);
    }

    private static void assertSameRect(Rect actual, Rect expected) {
        assertThat(actual.x()).isCloseTo(expected.x(), within(0.5f));
        assertThat(actual.y()).isCloseTo(expected.y(), within(0.5f));
        assertThat(actual.width()).isCloseTo(expected.width(), within(0.5f));
        assertThat(actual.height()).isCloseTo(expected.height(), within(0.5f));
    }

    /** The two files' page {@code index} render to the same picture, pixel for pixel but for edges. */
    private static void assertLookAlike(Path expected, Path actual, int index) {
        BufferedImage a = SigningFixture.render(expected, index);
        BufferedImage b = SigningFixture.render(actual, index);
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        long different = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (distance(a.getRGB(x, y), b.getRGB(x, y)) > 96) {
                    different++;
                }
            }
        }
        assertThat((double) different / (a.getWidth() * a.getHeight()))
                .as("share of pixels of page %d that differ from the upright document's", index + 1)
                .isLessThan(MAX_DIFFERENT_SHARE);
    }

    private static int distance(int rgb, int other) {
        return Math.abs(((rgb >> 16) & 0xff) - ((other >> 16) & 0xff))
                + Math.abs(((rgb >> 8) & 0xff) - ((other >> 8) & 0xff))
                + Math.abs((rgb & 0xff) - (other & 0xff));
    }
}
