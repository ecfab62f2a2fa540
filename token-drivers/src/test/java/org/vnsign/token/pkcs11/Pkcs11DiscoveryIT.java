/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.PinFlag;
import org.vnsign.token.SourceReport;
import org.vnsign.token.SourceState;
import org.vnsign.token.TokenDescriptor;

@SoftHsmTest
class Pkcs11DiscoveryIT {
    static TestTokens tokens;

    @TempDir
    Path folder;

    @BeforeAll
    static void createTokens() {
        tokens = TestTokens.shared();
    }

    private SourceReport probe(Path module) {
        List<SourceReport> reports = new Pkcs11TokenProvider().discover(DiscoveryOptions.onlyModules(List.of(module)));
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    @Test
    void findsTheSoftHsmTokensWithTheirDescription() {
        SourceReport report = probe(tokens.softHsm().module());

        assertThat(report.state()).isEqualTo(SourceState.TOKEN_PRESENT);
        assertThat(report.libraryDescription())
                .hasValueSatisfying(d -> assertThat(d).contains("SoftHSM"));
        TokenDescriptor main = report.tokens().stream()
                .filter(t -> t.label().equals(TestTokens.MAIN_LABEL))
                .findFirst()
                .orElseThrow();
        assertThat(main.serialNumber()).isEqualTo(tokens.main().serialNumber());
        assertThat(main.slotId()).isEqualTo(tokens.main().slotId());
        assertThat(main.manufacturer()).isEqualTo("SoftHSM project");
        assertThat(main.model()).isEqualTo("SoftHSM v2");
        assertThat(main.loginRequired()).isTrue();
        assertThat(main.protectedAuthenticationPath()).isFalse();
        assertThat(main.pinFlags()).doesNotContain(PinFlag.LOCKED, PinFlag.NOT_INITIALIZED);
    }

    @Test
    void decodesAVietnameseTokenLabel() {
        assertThat(probe(tokens.softHsm().module()).tokens())
                .extracting(TokenDescriptor::label)
                .contains(TestTokens.SECOND_LABEL);
    }

    @Test
    void reportsTheEmptySlotAsAnUninitialisedToken() {
        assertThat(probe(tokens.softHsm().module()).tokens())
                .filteredOn(t -> t.label().isEmpty())
                .allSatisfy(t -> assertThat(t.pinFlags()).contains(PinFlag.NOT_INITIALIZED));
    }

    @Test
    void aMissingDriverIsNotInstalled() {
        SourceReport report = probe(folder.resolve("viettel-ca_v6.so"));

        assertThat(report.state()).isEqualTo(SourceState.NOT_INSTALLED);
        assertThat(report.tokens()).isEmpty();
    }

    @Test
    void aFileThatIsNotALibraryFailsToLoadWithTheLoadersReason() throws IOException {
        Path text = Files.writeString(folder.resolve("fake-pkcs11.so"), "this is not a shared library");

        SourceReport report = probe(text);

        assertThat(report.state()).isEqualTo(SourceState.LOAD_FAILED);
        assertThat(report.detail()).containsIgnoringCase("fake-pkcs11.so");
    }

    @Test
    void aLibraryWithoutPkcs11IsNotPkcs11() {
        Path zlib = List.of(
                        Path.of("/usr/lib/x86_64-linux-gnu/libz.so.1"),
                        Path.of("/lib/x86_64-linux-gnu/libz.so.1"),
                        Path.of("/usr/lib/aarch64-linux-gnu/libz.so.1"))
                .stream()
                .filter(Files::exists)
                .findFirst()
                .orElseThrow(() -> new AssertionError("zlib not found"));

        SourceReport report = probe(zlib);

        assertThat(report.state()).isEqualTo(SourceState.NOT_PKCS11);
    }

    @Test
    void a32BitDriverIsReportedAsWrongArchitecture() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        header.put(new byte[] {0x7F, 'E', 'L', 'F', 1, 1, 1});
        header.putShort(18, (short) 0x03);
        Path driver = Files.write(folder.resolve("fptca_v4.so"), header.array());

        SourceReport report = probe(driver);

        assertThat(report.state()).isEqualTo(SourceState.WRONG_ARCHITECTURE);
        assertThat(report.detail()).contains("x86 library");
    }

    @Test
    void theBuiltInTableIsProbedAndReportsDriversThatAreNotInstalled() {
        List<SourceReport> reports = new Pkcs11TokenProvider()
                .discover(DiscoveryOptions.builtInPlus(List.of(tokens.softHsm().module())));

        assertThat(reports.get(0).state()).isEqualTo(SourceState.TOKEN_PRESENT);
        assertThat(reports).extracting(SourceReport::vendor).contains("Feitian", "FPT-CA");
        assertThat(reports)
                .filteredOn(r -> r.vendor().equals("FPT-CA"))
                .extracting(SourceReport::state)
                .containsOnly(SourceState.NOT_INSTALLED);
    }

    @Test
    void modulesFromTheEnvironmentVariableAreSplitOnThePathSeparator() {
        assertThat(DiscoveryOptions.modulesFromEnvironment("/a/one.so" + java.io.File.pathSeparator + " /b/two.so "))
                .containsExactly(Path.of("/a/one.so"), Path.of("/b/two.so"));
        assertThat(DiscoveryOptions.modulesFromEnvironment(null)).isEmpty();
    }
}
