/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.documents.LibreOfficeDocument;
import org.vnsign.testsupport.images.TestImages;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * {@code vnsign sign} and {@code vnsign initial} as separate processes, with keys on the SoftHSM2
 * token, every result checked by DSS and pdfsig.
 */
class SignCommandIT extends TokenProcessTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void useEnglish() {
        environment.put("VNSIGN_LANG", "en");
    }

    @Test
    void aProfileFileNamesTheSignerAndTheOptionsOverrideIt() throws Exception {
        Path document = new Decree30Pdf().signer("Lê Thị Hoa", "GIÁM ĐỐC").write(dir.resolve("cv.pdf"));
        Path signature = Files.write(dir.resolve("chu-ky.png"), TestImages.signature());
        Path profile = Files.writeString(
                dir.resolve("settings.json"),
                "{\"name\": \"Lê Thị Hoa\", \"title\": \"GIÁM ĐỐC\", \"signatureImage\": \""
                        + signature.toString().replace("\\", "\\\\") + "\"}");

        VnsignProcess.Result withoutProfile = sign(KeyProfile.RSA_2048, document.toString());
        assertThat(withoutProfile.exitCode()).isEqualTo(ExitCodes.DOCUMENT);
        assertThat(withoutProfile.out()).contains("PLACEMENT_NOT_FOUND");

        VnsignProcess.Result withProfile =
                sign(KeyProfile.RSA_2048, document.toString(), "--profile", profile.toString());
        assertThat(withProfile.exitCode()).as(withProfile.err()).isZero();
        IndependentValidation.assertValid(dir.resolve("cv.signed.pdf"), tokens.pki(), 1);

        VnsignProcess.Result overridden = sign(
                KeyProfile.RSA_2048,
                document.toString(),
                "--profile",
                profile.toString(),
                "--name",
                "Người Khác",
                "--out",
                dir.resolve("other.pdf").toString());
        assertThat(overridden.out()).contains("PLACEMENT_NOT_FOUND");

        VnsignProcess.Result broken = sign(
                KeyProfile.RSA_2048,
                document.toString(),
                "--profile",
                dir.resolve("missing.json").toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(broken.err()).contains("missing.json");
    }

    /** Issue 3's "done when": a LibreOffice-made letter, approval auto-placed, then issue with the seal. */
    @Test
    void aLibreOfficeLetterIsApprovedThenIssuedAndBothSignaturesAreValid() throws Exception {
        Path letter = LibreOfficeDocument.writeTo(dir.resolve("cong-van.pdf"));

        String approved = approve(letter).get("output").asText();
        Path issued = issue(approved, dir.resolve("cong-van.ban-hanh.pdf"));

        IndependentValidation.assertValid(issued, tokens.pki(), 2);
    }

    @Test
    void approvalThenIssueAreBothValid() throws Exception {
        Path document = new Decree30Pdf().write(dir.resolve("quyet-dinh.pdf"));

        JsonNode approved = approve(document);
        assertThat(approved.get("status").asText()).isEqualTo("signed");
        assertThat(approved.get("output").asText()).endsWith("quyet-dinh.signed.pdf");
        assertThat(approved.get("page").asInt()).isEqualTo(2);
        Path issued = issue(approved.get("output").asText(), dir.resolve("ban-hanh.pdf"));

        IndependentValidation.assertValid(issued, tokens.pki(), 2);
    }

    /** Issue 22: the clerk issues with the number and date she assigns; both are printed in the blanks. */
    @Test
    void issuingWithANumberAndADatePrintsThemIntoTheBlanksAndAConflictIsRefused() throws Exception {
        Path draft = new Decree30Pdf()
                .numberAndDateLines("Số:          /QĐ-BTC", "Hà Nội, ngày        tháng        năm 2026")
                .write(dir.resolve("du-thao.pdf"));
        String approved = approve(draft).get("output").asText();

        Path issued = issue(
                approved, dir.resolve("ban-hanh.pdf"), "--doc-number", "123/QĐ-BTC", "--issued-date", "2026-12-07");

        ProcessBuilder pdftotext = new ProcessBuilder("pdftotext", "-layout", "-l", "1", issued.toString(), "-");
        Process process = pdftotext.start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(text).containsPattern("Số: +123/QĐ-BTC").containsPattern("ngày +07 +tháng +12 +năm 2026");
        IndependentValidation.assertValid(issued, tokens.pki(), 2);

        Path seal = Files.write(dir.resolve("con-dau.png"), TestImages.seal());
        VnsignProcess.Result conflict = sign(
                KeyProfile.EC_P256,
                issued.toString(),
                "--kind",
                "issue",
                "--seal",
                seal.toString(),
                "--doc-number",
                "124/QĐ-BTC",
                "--lang",
                "en");
        assertThat(conflict.exitCode()).isNotZero();
        JsonNode refused =
                VnsignProcess.JSON.readTree(conflict.out()).get("files").get(0);
        assertThat(refused.get("error").asText()).isEqualTo("NUMBERING_CONFLICT");
        assertThat(refused.get("message").asText())
                .contains("already numbered and dated at issue: 123, 07, 12")
                .doesNotContain("Exception");
    }

    /** Issue 22: the receiving clerk stamps "ĐẾN" and the leader signs a comment, from the command line. */
    @Test
    void theIncomingStampAndASignedCommentFromTheCommandLine() throws Exception {
        Path received = new Decree30Pdf().write(dir.resolve("cong-van-den.pdf"));

        VnsignProcess.Result stamped = sign(
                KeyProfile.EC_P256,
                received.toString(),
                "--kind",
                "incoming",
                "--doc-number",
                "245",
                "--stamp-corner",
                "BOTTOM_LEFT",
                "--agency",
                "Sở Tài chính tỉnh Lạng Sơn");
        assertThat(stamped.exitCode()).as(stamped.err()).isZero();
        JsonNode stamp = VnsignProcess.JSON.readTree(stamped.out()).get("files").get(0);
        assertThat(stamp.get("output").asText()).endsWith("cong-van-den.received.pdf");
        assertThat(stamp.get("page").asInt()).isEqualTo(1);
        Path stampedFile = Path.of(stamp.get("output").asText());
        IndependentValidation.assertValid(stampedFile, tokens.pki(), 1);

        VnsignProcess.Result empty =
                sign(KeyProfile.RSA_2048, stampedFile.toString(), "--kind", "comment", "--lang", "en");
        assertThat(empty.exitCode()).isNotZero();
        assertThat(empty.err()).contains("--kind comment needs --comment");

        VnsignProcess.Result commented = sign(
                KeyProfile.RSA_2048,
                stampedFile.toString(),
                "--kind",
                "comment",
                "--comment",
                "Giao Phòng Ngân sách xử lý.");
        assertThat(commented.exitCode()).as(commented.err()).isZero();
        Path commentedFile = Path.of(VnsignProcess.JSON
                .readTree(commented.out())
                .get("files")
                .get(0)
                .get("output")
                .asText());
        assertThat(commentedFile.getFileName().toString()).isEqualTo("cong-van-den.received.commented.pdf");
        IndependentValidation.assertValid(commentedFile, tokens.pki(), 2);
        VnsignProcess.Result verified = VnsignProcess.run(
                environment,
                "",
                "verify",
                commentedFile.toString(),
                "--trust",
                VnsignProcess.testRootFile(tokens.pki()).toString(),
                "--json");
        JsonNode signatures = VnsignProcess.JSON.readTree(verified.out()).get("signatures");
        assertThat(signatures.get(1).get("statedReason").asText())
                .as("the verifier reports the signed comment")
                .isEqualTo("Ý kiến: Giao Phòng Ngân sách xử lý.");
        assertThat(signatures.get(0).get("statedReason").isNull()).isTrue();
    }

    /** The vice-minister's approval with his signature image, auto-placed: the JSON of the signed file. */
    private JsonNode approve(Path document) throws Exception {
        Path signature = Files.write(dir.resolve("chu-ky.png"), TestImages.signature());
        VnsignProcess.Result approval = sign(
                KeyProfile.RSA_2048, document.toString(), "--image", signature.toString(), "--title", "THỨ TRƯỞNG");
        assertThat(approval.exitCode()).as(approval.err()).isZero();
        return VnsignProcess.JSON.readTree(approval.out()).get("files").get(0);
    }

    /** The clerk's issuing signature, the ministry's seal over the approval, written to {@code issued}. */
    private Path issue(String approved, Path issued, String... more) throws Exception {
        Path seal = Files.write(dir.resolve("con-dau.png"), TestImages.seal());
        List<String> arguments = new java.util.ArrayList<>(List.of(
                approved,
                "--kind",
                "issue",
                "--seal",
                seal.toString(),
                "--agency",
                "Bộ Tài chính",
                "--out",
                issued.toString()));
        arguments.addAll(List.of(more));
        VnsignProcess.Result issue = sign(KeyProfile.EC_P256, arguments.toArray(String[]::new));
        assertThat(issue.exitCode()).as(issue.err()).isZero();
        return issued;
    }

    @ParameterizedTest
    @ValueSource(strings = {"annex", "copy", "invisible"})
    void everyOtherKindIsValidToo(String kind) throws Exception {
        Path document = new Decree30Pdf().write(dir.resolve("van-ban.pdf"));

        VnsignProcess.Result result =
                sign(KeyProfile.RSA_3072, document.toString(), "--kind", kind, "--doc-number", "123/QĐ-BTC");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path output = dir.resolve("van-ban.signed.pdf");
        IndependentValidation.assertValid(output, tokens.pki(), 1);
    }

    /** RSASSA-PSS from the SoftHSM2 token's own CKM_RSA_PKCS_PSS, judged by DSS and pdfsig (issue 19). */
    @Test
    void pssFromTheTokenIsValidForDssAndPdfsig() throws Exception {
        Path document = new Decree30Pdf().write(dir.resolve("pss.pdf"));

        VnsignProcess.Result result =
                sign(KeyProfile.RSA_2048, document.toString(), "--kind", "invisible", "--pss", "--hash", "SHA384");

        assertThat(result.exitCode()).as(result.err()).isZero();
        IndependentValidation.assertValid(dir.resolve("pss.signed.pdf"), tokens.pki(), 1);
    }

    @Test
    void initialsAFortyFivePageDraftWithOnePinEntry() throws Exception {
        Path draft = new Decree30Pdf().pages(45).write(dir.resolve("du-thao.pdf"));
        Path initial = Files.write(dir.resolve("ky-tat.png"), TestImages.initial());

        VnsignProcess.Result result = run(
                "initial",
                KeyProfile.RSA_2048,
                VnsignProcess.MAIN_PIN,
                draft.toString(),
                "--image",
                initial.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path output = dir.resolve("du-thao.initialed.pdf");
        IndependentValidation.assertValid(output, tokens.pki(), 1);
    }

    @Test
    void aWrongPinWritesNothingAndListsEveryFileAsNotSigned() throws Exception {
        Path document = new Decree30Pdf().write(dir.resolve("in.pdf"));
        Path other = new Decree30Pdf().write(dir.resolve("other.pdf"));

        VnsignProcess.Result result =
                run("sign", KeyProfile.RSA_2048, "000000\n", document.toString(), other.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PIN);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.pdf", "other.pdf");
        }
        JsonNode files = VnsignProcess.JSON.readTree(result.out()).get("files");
        assertThat(files).hasSize(2).allSatisfy(file -> {
            assertThat(file.get("status").asText()).isEqualTo("failed");
            assertThat(file.get("error").asText()).isEqualTo("TOKEN_PIN_INCORRECT");
        });
    }

    @Test
    void aRefusedFileCostsNoPinAndTheBatchGoesOn() throws Exception {
        Path good = new Decree30Pdf().write(dir.resolve("good.pdf"));
        Path damaged = Decree30Pdf.truncated(good, dir.resolve("damaged.pdf"));

        VnsignProcess.Result onlyDamaged = run("sign", KeyProfile.RSA_2048, "", damaged.toString());
        assertThat(onlyDamaged.exitCode()).as(onlyDamaged.err()).isEqualTo(ExitCodes.DOCUMENT);
        assertThat(VnsignProcess.JSON
                        .readTree(onlyDamaged.out())
                        .get("files")
                        .get(0)
                        .get("error")
                        .asText())
                .isEqualTo("PDF_DAMAGED");

        VnsignProcess.Result both =
                run("sign", KeyProfile.RSA_2048, VnsignProcess.MAIN_PIN, damaged.toString(), good.toString());
        assertThat(both.exitCode()).isEqualTo(ExitCodes.DOCUMENT);
        JsonNode files = VnsignProcess.JSON.readTree(both.out()).get("files");
        assertThat(files).hasSize(2);
        assertThat(dir.resolve("good.signed.pdf")).exists();
        assertThat(dir.resolve("damaged.signed.pdf")).doesNotExist();
    }

    @Test
    void anExistingOutputIsKeptWithoutOverwrite() throws Exception {
        Path document = new Decree30Pdf().write(dir.resolve("in.pdf"));
        Path existing = Files.writeString(dir.resolve("in.signed.pdf"), "bản cũ");

        VnsignProcess.Result result =
                run("sign", KeyProfile.RSA_2048, VnsignProcess.MAIN_PIN, document.toString(), "--lang", "vi");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.DOCUMENT);
        assertThat(VnsignProcess.JSON
                        .readTree(result.out())
                        .get("files")
                        .get(0)
                        .get("message")
                        .asText())
                .contains("Tệp kết quả đã có");
        assertThat(Files.readString(existing)).isEqualTo("bản cũ");
    }

    private static VnsignProcess.Result sign(KeyProfile key, String... arguments) throws Exception {
        return run("sign", key, VnsignProcess.MAIN_PIN, arguments);
    }

    private static VnsignProcess.Result run(String command, KeyProfile key, String pin, String... arguments)
            throws Exception {
        return VnsignProcess.onToken(tokens, environment, command, key, pin, arguments);
    }
}
