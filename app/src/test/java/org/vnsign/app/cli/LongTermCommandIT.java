/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.LibreOfficeDocument;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.services.LoopbackPki;
import org.vnsign.testsupport.validation.LongTermValidation;

/**
 * The "done when": {@code vnsign sign --level B-LT --tsa ...} on a LibreOffice-made document
 * with the SoftHSM2 token passes EU DSS offline as PAdES-BASELINE-LT, and {@code vnsign extend
 * --level B-LTA} turns it into LTA; failures exit non-zero and write nothing.
 */
class LongTermCommandIT extends TokenProcessTest {

    @TempDir
    Path dir;

    @Test
    void signAtBltOnALibreOfficeDocumentThenExtendToBlta() throws Exception {
        Path document = LibreOfficeDocument.writeTo(dir.resolve("cong-van.pdf"));
        String tsa = LoopbackPki.shared().timestampUrl().toString();

        VnsignProcess.Result signed =
                run("sign", VnsignProcess.MAIN_PIN, document.toString(), "--level", "B-LT", "--tsa", tsa);
        assertThat(signed.exitCode()).as(signed.err()).isZero();
        JsonNode file = VnsignProcess.JSON.readTree(signed.out()).get("files").get(0);
        assertThat(file.get("level").asText()).isEqualTo("B-LT");
        Path lt = Path.of(file.get("output").asText());
        LongTermValidation.assertLevel(lt, tokens.pki(), "B-LT", 1);

        VnsignProcess.Result extended = VnsignProcess.run(
                environment(), null, "extend", lt.toString(), "--level", "B-LTA", "--tsa", tsa, "--json");
        assertThat(extended.exitCode()).as(extended.err()).isZero();
        JsonNode result =
                VnsignProcess.JSON.readTree(extended.out()).get("files").get(0);
        assertThat(result.get("status").asText()).isEqualTo("extended");
        assertThat(result.get("output").asText()).endsWith("cong-van.signed.extended.pdf");
        LongTermValidation.assertLevel(Path.of(result.get("output").asText()), tokens.pki(), "B-LTA", 1);
    }

    @Test
    void aTimestampServerThatIsDownExitsSevenSaysWhyAndWritesNothing() throws Exception {
        Path document = LibreOfficeDocument.writeTo(dir.resolve("in.pdf"));
        String down = LoopbackPki.closedUrl().toString();

        VnsignProcess.Result result = run(
                "sign", VnsignProcess.MAIN_PIN, document.toString(), "--level", "B-T", "--tsa", down, "--timeout", "2");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.NETWORK);
        JsonNode file = VnsignProcess.JSON.readTree(result.out()).get("files").get(0);
        assertThat(file.get("error").asText()).isEqualTo("TIMESTAMP_FAILED");
        assertThat(file.get("reached").asText()).isEqualTo("none");
        assertThat(file.get("message").asText()).contains(down).contains("Asked B-T, reached -");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no output; the cache and the log folder are the test's own")
                    .containsOnly("in.pdf", "cache", "state");
        }
    }

    @Test
    void offlineRefusesALevelThatNeedsTheNetworkBeforeAskingForThePin() throws Exception {
        Path document = LibreOfficeDocument.writeTo(dir.resolve("in.pdf"));

        VnsignProcess.Result result = run("sign", "", document.toString(), "--level", "B-LT", "--offline");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--offline signs at B-B only");
    }

    private VnsignProcess.Result run(String command, String pin, String... arguments) throws Exception {
        return VnsignProcess.onToken(tokens, environment(), command, KeyProfile.RSA_2048, pin, arguments);
    }

    private Map<String, String> environment() {
        return VnsignProcess.english(environment, dir);
    }
}
