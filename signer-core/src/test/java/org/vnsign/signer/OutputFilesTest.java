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
}
