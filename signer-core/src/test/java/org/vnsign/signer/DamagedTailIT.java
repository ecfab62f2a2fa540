/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.signer.verify.ChangeKind;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.testsupport.documents.Decree30Pdf;

/**
 * The parser-differential forgery: a signed file gets an update that replaces what a page shows,
 * and its tail is damaged so that a lenient reader falls back to the signed revision while viewers
 * rebuild the cross-reference and show the attacker's page. Every damage must be reported as a
 * change after signing, and no such file may be VALID. The undamaged update, and a clean second
 * signature, are the controls.
 */
class DamagedTailIT {
    @TempDir
    static Path dir;

    private static Path signed;
    private static Path forged;

    @BeforeAll
    static void signAndForge() throws Exception {
        Path input = new Decree30Pdf().pages(2).write(dir.resolve("in.pdf"));
        LongTermFixture.Signing signing = LongTermFixture.signing(dir, "approval");
        SigningRequest request = SigningRequest.of(
                        input, dir.resolve("signed.pdf"), signing.appearance(), signing.profile())
                .withLevel(SignatureLevel.B_LT, List.of(LongTermFixture.tsa()));
        signed = SigningFixture.sign(LongTermFixture.signer(dir), request, signing.key())
                .output();
        forged = Tampering.drawOnPage(signed, dir.resolve("forged.pdf"));
    }

    interface Damage {
        Path apply(Path input, Path output) throws Exception;
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of("broken final startxref", (Damage) Tampering::breakFinalStartxref),
                Arguments.of("truncated last xref", (Damage) Tampering::truncateLastXref),
                Arguments.of("duplicated last xref", (Damage) Tampering::duplicateLastXref),
                Arguments.of("object after %%EOF", (Damage) Tampering::garbageAfterEof));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aForgedPageBehindADamagedTailIsAChangeNeverValid(String name, Damage damage) throws Exception {
        Path attacked = damage.apply(forged, dir.resolve(name.replace(' ', '-') + ".pdf"));

        VerificationReport report = VerifyFixture.verify(attacked, dir);

        assertModifiedNeverValid(report);
    }

    @ParameterizedTest(name = "{0} on the signed file itself")
    @MethodSource("damages")
    void aDamagedTailOnTheSignedFileIsNeverValid(String name, Damage damage) throws Exception {
        Path attacked = damage.apply(signed, dir.resolve("signed-" + name.replace(' ', '-') + ".pdf"));

        VerificationReport report = VerifyFixture.verify(attacked, dir);

        assertThat(report.verdict()).isNotEqualTo(Indication.VALID);
        assertThat(report.summary().en()).doesNotStartWith("The document is valid");
    }

    @Test
    void anUpdateWhosePrevSkipsTheValidationDataRevisionIsAChange() throws Exception {
        Path attacked = Tampering.prevSkipsRevision(forged, firstRevisionEnd(signed), dir.resolve("prev-skips.pdf"));

        VerificationReport report = VerifyFixture.verify(attacked, dir);

        assertModifiedNeverValid(report);
        assertThat(report.signatures().get(0).changes())
                .anySatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.UNREADABLE_UPDATE));
    }

    @Test
    void theUndamagedForgeryIsReportedAsAPageChangeAndTheSignedFileIsValid() throws Exception {
        VerificationReport forgedReport = VerifyFixture.verify(forged, dir);
        assertThat(forgedReport.signatures().get(0).changes())
                .filteredOn(c -> !c.allowed())
                .extracting(c -> c.kind())
                .containsExactly(ChangeKind.PAGE_CONTENT_CHANGED);

        VerificationReport signedReport = VerifyFixture.verify(signed, dir);
        SignatureReport signature = signedReport.signatures().get(0);
        assertThat(signature.changes()).allSatisfy(c -> assertThat(c.allowed()).isTrue());
        assertThat(signedReport.verdict()).isEqualTo(Indication.VALID);
    }

    private static void assertModifiedNeverValid(VerificationReport report) {
        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.modifiedAfterSigning() || signature.indication() == Indication.INVALID)
                .as("%s: %s", signature.changes(), report.summary().en())
                .isTrue();
        assertThat(report.verdict()).isNotEqualTo(Indication.VALID);
        assertThat(report.summary().en()).doesNotStartWith("The document is valid");
    }

    /** The end of the revision the signature covers: its ByteRange's end. */
    private static long firstRevisionEnd(Path pdf) throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher range = java.util.regex.Pattern.compile(
                        "/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]")
                .matcher(text);
        if (!range.find()) {
            throw new IllegalStateException("no ByteRange");
        }
        return Long.parseLong(range.group(3)) + Long.parseLong(range.group(4));
    }
}
