/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.signer.verify.VerificationReport;

/**
 * Every file the verification fuzzer ever found (a crash, a hang or a false VALID), kept in {@code
 * src/test/resources/fuzz-findings/} and replayed with the same oracles that need no seed: no
 * crash, no hang, and a last signature called intact only when a viewer reads the same text as in
 * the revision it signed.
 */
class FuzzFindingsIT {
    static Stream<Path> findings() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fuzz-findings"))) {
            List<Path> pdfs =
                    files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
            assertThat(pdfs).as("the findings kept so far").isNotEmpty();
            return pdfs.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void aFindingStaysFixed(Path finding) throws Exception {
        byte[] bytes = Files.readAllBytes(finding);
        Path copy = Files.createTempDirectory("finding").resolve("finding.pdf");
        Files.write(copy, bytes);

        VerificationReport report = VerifyFuzzIT.verifyWithin(copy);

        if (report != null) {
            VerifyFuzzIT.checkViewerSeesTheSignedText(bytes, copy, report);
        }
    }
}
