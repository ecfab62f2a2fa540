/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.HostilePdf;
import org.vnsign.testsupport.documents.LibreOfficeDocument;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.services.LoopbackPki;

/**
 * The "done when", in a separate process: a document signed by {@code vnsign sign} on the
 * SoftHSM2 token verifies VALID with its signer, time and level; a tampered copy is named in one
 * sentence and exits 2; the signed version can be extracted.
 */
class VerifyCommandIT extends TokenProcessTest {

    @TempDir
    Path dir;

    @Test
    void aSignedDocumentVerifiesValidWithSignerTimeAndLevel() throws Exception {
        Path signed = signAtBlt();
        Path root = writeRoot();
        Instant before = Instant.now();

        VnsignProcess.Result result = verify(signed.toString(), "--trust", root.toString(), "--json");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        JsonNode file = VnsignProcess.JSON.readTree(result.out());
        assertThat(file.get("verdict").asText()).isEqualTo("VALID");
        assertThat(file.get("modifiedAfterSigning").asBoolean()).isFalse();
        assertThat(file.get("summary").get("vi").asText()).startsWith("Tài liệu hợp lệ, được ký bởi Nguyễn Văn Án lúc");
        JsonNode signature = file.get("signatures").get(0);
        assertThat(signature.get("indication").asText()).isEqualTo("VALID");
        assertThat(signature.get("subIndication").isNull()).isTrue();
        assertThat(signature.get("signer").asText()).isEqualTo("Nguyễn Văn Án");
        assertThat(signature.get("timeProven").asBoolean()).isTrue();
        assertThat(Instant.parse(signature.get("signingTime").asText())).isBefore(before);
        assertThat(signature.get("level").asText()).isEqualTo("B-LT");
        assertThat(signature.get("pages").size()).isPositive();
        assertThat(signature.get("reason").get("en").asText()).isEqualTo("The signature is valid.");
        assertThat(signature.get("certificate").get("sha256").asText()).hasSize(64);
    }

    @Test
    void aTamperedCopyIsInvalidInOneSentenceAndExitsTwo() throws Exception {
        Path signed = signAtBlt();
        byte[] bytes = Files.readAllBytes(signed);
        for (int i = 8; i < 32; i++) {
            if ((bytes[i] & 0x80) != 0) {
                bytes[i] ^= 1;
                break;
            }
        }
        Path tampered = Files.write(dir.resolve("tampered.pdf"), bytes);

        VnsignProcess.Result result =
                verify(tampered.toString(), "--trust", writeRoot().toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(VerifyCommand.INVALID);
        assertThat(result.out())
                .contains("The document is NOT valid")
                .contains("The signed content was altered after signing")
                .contains("INVALID/HASH_FAILURE");
    }

    @Test
    void withoutTheTestRootTheChainIsUntrustedAndExitsOne() throws Exception {
        Path signed = signAtBlt();

        VnsignProcess.Result result = verify(signed.toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(VerifyCommand.INDETERMINATE);
        JsonNode signature =
                VnsignProcess.JSON.readTree(result.out()).get("signatures").get(0);
        assertThat(signature.get("subIndication").asText()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    }

    @Test
    void theSignedRevisionIsExtractedAndSeveralFilesGiveAFilesArray() throws Exception {
        Path signed = signAtBlt();
        Path out = dir.resolve("as-signed.pdf");

        VnsignProcess.Result extracted = verify(signed.toString(), "--extract-revision", "1", "--out", out.toString());
        VnsignProcess.Result both =
                verify(signed.toString(), out.toString(), "--trust", writeRoot().toString(), "--json");
        VnsignProcess.Result missing = verify(
                signed.toString(),
                "--extract-revision",
                "2",
                "--out",
                dir.resolve("x.pdf").toString());

        assertThat(extracted.exitCode()).as(extracted.out() + extracted.err()).isZero();
        assertThat(Files.size(out)).isLessThan(Files.size(signed));
        JsonNode files = VnsignProcess.JSON.readTree(both.out()).get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(1)
                        .get("signatures")
                        .get(0)
                        .get("coversWholeDocument")
                        .asBoolean())
                .isTrue();
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.DOCUMENT);
        assertThat(missing.out()).contains("NO_SUCH_SIGNATURE");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aCrashingFileInABatchIsItsOwnResultAndTheExitCodeIsTheWorst() throws Exception {
        Path signed = signAtBlt();
        Path hostile = HostilePdf.fieldCycle(dir.resolve("field-cycle.pdf"));
        Path deep = HostilePdf.deepArray(dir.resolve("deep.pdf"));
        Path tampered = Files.write(dir.resolve("tampered.pdf"), flipFirstHighByte(Files.readAllBytes(signed)));

        VnsignProcess.Result batch = verify(
                signed.toString(),
                hostile.toString(),
                deep.toString(),
                signed.toString(),
                "--trust",
                writeRoot().toString(),
                "--json");
        VnsignProcess.Result withInvalid = verify(
                signed.toString(),
                hostile.toString(),
                tampered.toString(),
                "--trust",
                writeRoot().toString(),
                "--json");

        assertThat(batch.exitCode()).as(batch.err()).isEqualTo(6);
        assertThat(batch.err()).doesNotContain("Exception").doesNotContain("Error:");
        JsonNode files = VnsignProcess.JSON.readTree(batch.out()).get("files");
        assertThat(files).hasSize(4);
        assertThat(files.get(0).get("verdict").asText()).isEqualTo("VALID");
        assertThat(files.get(1).get("error").asText()).isEqualTo("PDF_DAMAGED");
        assertThat(files.get(2).get("error").asText()).isEqualTo("PDF_DAMAGED");
        assertThat(files.get(3).get("verdict").asText()).isEqualTo("VALID");
        assertThat(withInvalid.exitCode()).isEqualTo(2);
        assertThat(VnsignProcess.JSON.readTree(withInvalid.out()).get("files")).hasSize(3);
    }

    /** Flips a bit of the binary comment on the header's second line: inside the signed bytes. */
    private static byte[] flipFirstHighByte(byte[] bytes) {
        for (int i = 8; i < 32; i++) {
            if ((bytes[i] & 0x80) != 0) {
                bytes[i] ^= 0x01;
                return bytes;
            }
        }
        throw new IllegalStateException("no binary header comment");
    }

    private Path signAtBlt() throws Exception {
        Path document = LibreOfficeDocument.writeTo(dir.resolve("cong-van.pdf"));
        String tsa = LoopbackPki.shared().timestampUrl().toString();
        VnsignProcess.Result signed = VnsignProcess.onToken(
                tokens,
                english(),
                "sign",
                KeyProfile.RSA_2048,
                VnsignProcess.MAIN_PIN,
                document.toString(),
                "--level",
                "B-LT",
                "--tsa",
                tsa);
        assertThat(signed.exitCode()).as(signed.err()).isZero();
        return Path.of(VnsignProcess.JSON
                .readTree(signed.out())
                .get("files")
                .get(0)
                .get("output")
                .asText());
    }

    private Path writeRoot() throws Exception {
        Path root = dir.resolve("test-root.crt");
        if (!Files.exists(root)) {
            Files.write(root, tokens.pki().root().getEncoded());
        }
        return root;
    }

    private VnsignProcess.Result verify(String... arguments) throws Exception {
        String[] command = new String[arguments.length + 1];
        command[0] = "verify";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return VnsignProcess.run(english(), null, command);
    }

    private Map<String, String> english() {
        return VnsignProcess.english(environment, dir);
    }
}
