/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.softhsm.TestTokens;

/** {@code vnsign tokens} and {@code vnsign certs} run as separate processes against the SoftHSM2 tokens. */
class CommandLineIT extends TokenProcessTest {
    static String module;

    @TempDir
    Path folder;

    @BeforeAll
    static void findModule() {
        module = tokens.softHsm().module().toString();
    }

    @Test
    void tokensListsTheSoftHsmTokensAsJson() throws Exception {
        VnsignProcess.Result result = tokens("--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode source =
                VnsignProcess.JSON.readTree(result.out()).get("sources").get(0);
        assertThat(source.get("state").asText()).isEqualTo("TOKEN_PRESENT");
        assertThat(source.get("library").asText()).contains("SoftHSM");
        JsonNode main = find(source.get("tokens"), "label", TestTokens.MAIN_LABEL);
        assertThat(main.get("serialNumber").asText()).isEqualTo(tokens.main().serialNumber());
        assertThat(main.get("manufacturer").asText()).isEqualTo("SoftHSM project");
        assertThat(main.get("pinFlags").isArray()).isTrue();
        assertThat(main.get("loginRequired").asBoolean()).isTrue();
        assertThat(find(source.get("tokens"), "label", TestTokens.SECOND_LABEL)).isNotNull();
    }

    @Test
    void tokensReportsAMissingDriverAndExitsWithNoToken() throws Exception {
        VnsignProcess.Result result = VnsignProcess.run(
                environment,
                null,
                "tokens",
                "--module",
                folder.resolve("vnptca_p11_v10.so").toString(),
                "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_TOKEN);
        assertThat(VnsignProcess.JSON
                        .readTree(result.out())
                        .get("sources")
                        .get(0)
                        .get("state")
                        .asText())
                .isEqualTo("NOT_INSTALLED");
    }

    @Test
    void tokensPrintsReadableTextByDefault() throws Exception {
        VnsignProcess.Result result = tokens();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("token present", TestTokens.MAIN_LABEL, TestTokens.SECOND_LABEL, "PIN: ready");
    }

    @Test
    void certsListsEveryCertificateWithItsKeyAsJson() throws Exception {
        VnsignProcess.Result result =
                certs(VnsignProcess.MAIN_PIN, "--token", TestTokens.MAIN_LABEL, "--pin-stdin", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode root = VnsignProcess.JSON.readTree(result.out());
        assertThat(root.get("token").get("label").asText()).isEqualTo(TestTokens.MAIN_LABEL);
        JsonNode certificates = root.get("certificates");
        assertThat(certificates).hasSize(tokens.pki().identities().size());
        TestIdentity signer = tokens.pki().identity(KeyProfile.RSA_2048);
        JsonNode listed = find(certificates, "keyId", signer.tokenId());
        assertThat(listed.get("subject").get("commonName").asText()).isEqualTo("Nguyễn Văn Án");
        assertThat(listed.get("subject").get("attributes").get("T").get(0).asText())
                .isEqualTo("Thứ trưởng");
        assertThat(listed.get("subject").get("attributes").get("UID").get(0).asText())
                .isEqualTo("CCCD:001085012345");
        assertThat(listed.get("keyAlgorithm").asText()).isEqualTo("RSA");
        assertThat(listed.get("keySize").asInt()).isEqualTo(2048);
        assertThat(listed.get("flags")).isEmpty();
        assertThat(listed.get("sha256Fingerprint").asText()).hasSize(64);
        assertThat(find(
                                certificates,
                                "keyId",
                                tokens.pki().identity(KeyProfile.EXPIRED).tokenId())
                        .get("flags")
                        .get(0)
                        .asText())
                .isEqualTo("EXPIRED");
        assertThat(find(
                                certificates,
                                "keyId",
                                tokens.pki()
                                        .identity(KeyProfile.NOT_FOR_SIGNING)
                                        .tokenId())
                        .get("flags")
                        .get(0)
                        .asText())
                .isEqualTo("NOT_FOR_SIGNING");
    }

    @Test
    void certsTakesThePinFromAnEnvironmentVariableAndSelectsTheTokenBySerial() throws Exception {
        Map<String, String> withPin = new HashMap<>(environment);
        withPin.put("TOKEN_PIN", TestTokens.MAIN_PIN);

        VnsignProcess.Result result = VnsignProcess.run(
                withPin,
                null,
                "certs",
                "--module",
                module,
                "--token",
                tokens.main().serialNumber(),
                "--pin-env",
                "TOKEN_PIN");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains(
                        "Nguyễn Văn Án",
                        "Thứ trưởng",
                        "CCCD:001085012345",
                        "Ủy ban nhân dân tỉnh Nghệ An",
                        "not meant for signing",
                        "expired");
    }

    @Test
    void aWrongPinIsOneClearLineWithItsCodeAndNoStackTrace() throws Exception {
        VnsignProcess.Result result = certs("999999\n", "--token", TestTokens.MAIN_LABEL, "--pin-stdin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PIN);
        assertThat(result.err().strip())
                .startsWith("Error [TOKEN_PIN_INCORRECT]: Wrong PIN.")
                .doesNotContain("Exception", "\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aWrongPinShowsUpAsAWarningInTheTokenListUntilTheRightPinIsEntered() throws Exception {
        String second = TestTokens.SECOND_LABEL;
        certs("000000\n", "--token", second, "--pin-stdin");

        assertThat(pinFlagsOf(second)).containsExactly("COUNT_LOW");
        assertThat(tokens().out()).contains("wrong PIN entered before, few tries left");

        certs(TestTokens.SECOND_PIN + "\n", "--token", second, "--pin-stdin");
        assertThat(pinFlagsOf(second)).isEmpty();
    }

    private static List<String> pinFlagsOf(String label) throws Exception {
        JsonNode tokenList = VnsignProcess.JSON
                .readTree(tokens("--json").out())
                .get("sources")
                .get(0)
                .get("tokens");
        List<String> flags = new ArrayList<>();
        find(tokenList, "label", label).get("pinFlags").forEach(flag -> flags.add(flag.asText()));
        return flags;
    }

    @Test
    void speaksVietnameseWhenAsked() throws Exception {
        VnsignProcess.Result result =
                certs("999999\n", "--token", TestTokens.MAIN_LABEL, "--pin-stdin", "--lang", "vi");

        assertThat(result.err().strip())
                .isEqualTo("Lỗi [TOKEN_PIN_INCORRECT]: " + "Mã PIN không đúng. Hãy kiểm tra kỹ trước khi thử lại. "
                        + "Token báo: chỉ còn ít lần thử (token không cho biết còn bao nhiêu lần).");
    }

    @Test
    void severalTokensWithoutTokenOptionAskTheUserToChoose() throws Exception {
        VnsignProcess.Result result = certs(VnsignProcess.MAIN_PIN, "--pin-stdin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_TOKEN);
        assertThat(result.err()).contains("TOKEN_NOT_FOUND", "--token");
    }

    @Test
    void withoutArgumentsAndWithoutADisplayPrintsTheHelpWithExitCodes() throws Exception {
        VnsignProcess.Result result = VnsignProcess.run(environment, null);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("DISPLAY");
        assertThat(result.out()).contains("Usage: vnsign", "tokens", "certs", "Exit codes", "64");
    }

    @Test
    void aDocumentWithoutADisplayIsAUsageErrorThatSaysWhy() throws Exception {
        VnsignProcess.Result result = VnsignProcess.run(environment, null, "to-trinh.pdf");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("DISPLAY");
    }

    @Test
    void unknownOptionsAreUsageErrors() throws Exception {
        VnsignProcess.Result result = VnsignProcess.run(environment, null, "tokens", "--no-such-option");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--no-such-option", "--help");
    }

    /** {@code vnsign certs --module <SoftHSM2> ...} with the test environment. */
    private static VnsignProcess.Result certs(String standardInput, String... arguments) throws Exception {
        return VnsignProcess.run(environment, standardInput, withModule("certs", arguments));
    }

    /** {@code vnsign tokens --module <SoftHSM2> ...} with the test environment. */
    private static VnsignProcess.Result tokens(String... arguments) throws Exception {
        return VnsignProcess.run(environment, null, withModule("tokens", arguments));
    }

    private static String[] withModule(String command, String... arguments) {
        List<String> all = new ArrayList<>(List.of(command, "--module", module));
        all.addAll(List.of(arguments));
        return all.toArray(new String[0]);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

    @Test
    void pinsReadFromStandardInputStopAtTheLineEnd() {
        assertThat(new String(ConsolePins.readLine(new StringReader("123456\r\nrest"))))
                .isEqualTo("123456");
        assertThat(List.of(ConsolePins.readLine(new StringReader(""))).get(0)).isEmpty();
    }

    @Test
    void aPinLineLongerThanAnyPinIsRefusedNotCut() {
        String longest = "7".repeat(256);
        assertThat(new String(ConsolePins.readLine(new StringReader(longest + "\n"))))
                .isEqualTo(longest);
        assertThat(new String(ConsolePins.readLine(new StringReader(longest + "\r\n"))))
                .isEqualTo(longest);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ConsolePins.readLine(new StringReader(longest + "8\n")))
                .isInstanceOf(ConsolePins.TooLong.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ConsolePins.readLine(new StringReader("9".repeat(10_000))))
                .isInstanceOf(ConsolePins.TooLong.class);
    }
}
