/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.SubIndication;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.documents.HostilePdf;

/**
 * Structures that make recursive readers overflow their stack or loop: each is one file's result
 * (PDF_DAMAGED for the file, FORMAT_FAILURE for a signature), never an Error or an exception of
 * another kind escaping the verifier.
 */
class HostileInputIT {
    @TempDir
    Path dir;

    interface Builder {
        Path write(Path output) throws Exception;
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("array nested 100,000 deep", (Builder) HostilePdf::deepArray),
                Arguments.of("dictionary nested 100,000 deep", (Builder) HostilePdf::deepDictionary),
                Arguments.of("page tree whose /Kids holds itself", (Builder) HostilePdf::pageTreeCycle),
                Arguments.of("form field whose /Kids holds itself", (Builder) HostilePdf::fieldCycle));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileStructureIsADamagedFileNotACrash(String name, Builder builder) throws Exception {
        Path hostile = builder.write(dir.resolve("hostile.pdf"));

        SignerException refused = catchThrowableOfType(SignerException.class, () -> VerifyFixture.verify(hostile, dir));

        assertThat(refused).as("verifying %s", name).isNotNull();
        assertThat(refused.error()).isEqualTo(SignerError.PDF_DAMAGED);
    }

    @Test
    void aCmsOfDeeplyNestedSequencesIsThatSignaturesFormatFailure() throws Exception {
        Path input = new Decree30Pdf().pages(1).write(dir.resolve("in.pdf"));
        LongTermFixture.Signing signing = LongTermFixture.signing(dir, "approval");
        Path signed = SigningFixture.sign(
                        LongTermFixture.signer(dir),
                        SigningRequest.of(input, dir.resolve("signed.pdf"), signing.appearance(), signing.profile())
                                .withLevel(SignatureLevel.B_B, List.of()),
                        signing.key())
                .output();
        Path hostile = Tampering.replaceSignatureContainer(
                signed, HostilePdf.nestedSequences(3000), dir.resolve("nested-cms.pdf"));

        VerificationReport report = VerifyFixture.verify(hostile, dir);

        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.indication()).isEqualTo(Indication.INVALID);
        assertThat(signature.subIndication()).contains(SubIndication.FORMAT_FAILURE);
        assertThat(report.verdict()).isEqualTo(Indication.INVALID);
    }
}
