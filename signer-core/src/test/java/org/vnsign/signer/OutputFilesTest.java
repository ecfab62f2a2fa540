/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aTemporaryFileAKilledRunLeftIsRemovedByTheNextRunAndAFreshOneIsNot() throws Exception {
        Path output = dir.resolve("to-trinh.signed.pdf");
        Path abandoned = Files.writeString(dir.resolve(".to-trinh.signed.pdf.1111.part"), "");
        Files.setLastModifiedTime(
                abandoned,
                java.nio.file.attribute.FileTime.from(
                        java.time.Instant.now().minus(OutputFiles.ABANDONED).minusSeconds(60)));
        Path running = Files.writeString(dir.resolve(".to-trinh.signed.pdf.2222.part"), "being written");
        Path other = Files.writeString(dir.resolve(".cong-van.signed.pdf.3333.part"), "");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(abandoned));

        Path temporary = OutputFiles.temporaryFor(output);

        assertThat(abandoned).doesNotExist();
        assertThat(running).exists();
        assertThat(other).as("another output's").exists();
        assertThat(temporary).doesNotExist();
        assertThat(temporary.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void namesOutputsAfterTheInput() {
        Path input = dir.resolve("Tờ trình 12.PDF");
        assertThat(OutputFiles.defaultOutput(input, OutputFiles.SIGNED, null))
                .isEqualTo(dir.resolve("Tờ trình 12.signed.pdf"));
        assertThat(OutputFiles.defaultOutput(input, OutputFiles.INITIALED, dir.resolve("ra")))
                .isEqualTo(dir.resolve("ra").resolve("Tờ trình 12.initialed.pdf"));
    }

    @Test
    void publishesWithoutReplacingAFileThatAppearedMeanwhile() throws Exception {
        Path output = dir.resolve("out.pdf");
        Path temporary = Files.writeString(OutputFiles.temporaryFor(output), "mới");
        Files.writeString(output, "cũ");

        assertThatThrownBy(() -> OutputFiles.publish(temporary, output, false))
                .isInstanceOfSatisfying(
                        SignerException.class, e -> assertThat(e.error()).isEqualTo(SignerError.OUTPUT_EXISTS));
        assertThat(Files.readString(output)).isEqualTo("cũ");

        OutputFiles.publish(temporary, output, true);
        assertThat(Files.readString(output)).isEqualTo("mới");
        assertThat(temporary).doesNotExist();
    }

    @Test
    void aSecondStepOfTheSameKindIsNumberedAndAnotherKindSaysWhatItDid() {
        Path approved = dir.resolve("qd.signed.pdf");

        assertThat(OutputFiles.defaultOutput(approved, OutputFiles.SIGNED, null))
                .isEqualTo(dir.resolve("qd.signed-2.pdf"));
        assertThat(OutputFiles.defaultOutput(dir.resolve("qd.signed-2.pdf"), OutputFiles.SIGNED, null))
                .isEqualTo(dir.resolve("qd.signed-3.pdf"));
        assertThat(OutputFiles.defaultOutput(approved, OutputFiles.suffixFor(SignatureKind.ISSUE), null))
                .isEqualTo(dir.resolve("qd.signed.issued.pdf"));
        assertThat(OutputFiles.suffixFor(SignatureKind.INITIALS)).isEqualTo(OutputFiles.INITIALED);
        assertThat(OutputFiles.suffixFor(SignatureKind.ANNEX)).isEqualTo(OutputFiles.SIGNED);
    }
}
