/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestPki;
import org.vnsign.token.DigestAlgorithm;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.RecordingPinCallback;
import org.vnsign.token.SignatureAlgorithm;
import org.vnsign.token.SignatureScheme;
import org.vnsign.token.SignatureVerification;
import org.vnsign.token.SourceReport;
import org.vnsign.token.SourceState;
import org.vnsign.token.Token;
import org.vnsign.token.TokenCertificate;
import org.vnsign.token.TokenException;

class Pkcs12TokenProviderTest {
    static final String PASSWORD = "matkhau-123";
    static final byte[] MESSAGE = "Tờ trình".getBytes(StandardCharsets.UTF_8);
    static TestPki pki;

    @TempDir
    Path folder;

    @BeforeAll
    static void generatePki() {
        pki = TestPki.generate();
    }

    Token open(KeyProfile profile) {
        Path file =
                TestPki.writePkcs12(pki.identity(profile), folder.resolve(profile + ".p12"), PASSWORD.toCharArray());
        SourceReport report = new Pkcs12TokenProvider()
                .discover(DiscoveryOptions.onlyModules(List.of()).withPkcs12Files(List.of(file)))
                .get(0);
        assertThat(report.state()).isEqualTo(SourceState.TOKEN_PRESENT);
        return new Pkcs12TokenProvider().open(report.tokens().get(0));
    }

    @Test
    void aMissingFileIsReportedNotInstalled() {
        var reports = new Pkcs12TokenProvider()
                .discover(DiscoveryOptions.onlyModules(List.of()).withPkcs12Files(List.of(folder.resolve("none.p12"))));
        assertThat(reports).singleElement().extracting(SourceReport::state).isEqualTo(SourceState.NOT_INSTALLED);
    }

    @Test
    void theRightPasswordOpensTheKeyAndItsCertificate() throws TokenException {
        try (Token token = open(KeyProfile.RSA_2048)) {
            token.login(RecordingPinCallback.answering(PASSWORD));

            List<TokenCertificate> certificates = token.certificates();
            assertThat(certificates).singleElement().satisfies(c -> assertThat(c.certificate())
                    .isEqualTo(pki.identity(KeyProfile.RSA_2048).certificate()));
        }
    }

    @Test
    void aWrongPasswordIsAnIncorrectPin() {
        try (Token token = open(KeyProfile.RSA_2048)) {
            assertThatThrownBy(() -> token.login(RecordingPinCallback.answering("sai")))
                    .isInstanceOfSatisfying(
                            TokenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_PIN_INCORRECT));
        }
    }

    @Test
    void aDamagedFileIsUnreadable() throws IOException {
        Path file = Files.write(folder.resolve("broken.p12"), new byte[] {0x30, 0x03, 0x02, 0x01});
        Token token = new Pkcs12TokenProvider().open(Pkcs12TokenProvider.describe(file));

        assertThatThrownBy(() -> token.login(RecordingPinCallback.answering(PASSWORD)))
                .isInstanceOfSatisfying(
                        TokenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.KEYSTORE_UNREADABLE));
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void signsDigestsWithEveryRsaScheme(DigestAlgorithm digest) throws Exception {
        for (SignatureScheme scheme : List.of(SignatureScheme.RSA_PKCS1, SignatureScheme.RSA_PSS)) {
            assertSigns(KeyProfile.RSA_3072, new SignatureAlgorithm(scheme, digest));
        }
    }

    @Test
    void signsEcdsaInP1363Form() throws Exception {
        assertSigns(KeyProfile.EC_P256, new SignatureAlgorithm(SignatureScheme.ECDSA, DigestAlgorithm.SHA256));
    }

    private void assertSigns(KeyProfile profile, SignatureAlgorithm algorithm) throws Exception {
        try (Token token = open(profile)) {
            token.login(RecordingPinCallback.answering(PASSWORD));
            TokenCertificate certificate = token.certificates().get(0);

            byte[] signature = token.signDigest(
                    certificate.key(),
                    algorithm,
                    SignatureVerification.digest(algorithm.digest(), MESSAGE),
                    RecordingPinCallback.cancelling());

            assertThat(SignatureVerification.verifies(certificate.certificate(), algorithm, MESSAGE, signature))
                    .as(algorithm.toString())
                    .isTrue();
        }
    }
}
