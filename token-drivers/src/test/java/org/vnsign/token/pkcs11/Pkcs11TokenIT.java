/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.token.CertificateFlag;
import org.vnsign.token.DigestAlgorithm;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.PinFlag;
import org.vnsign.token.PinRequest;
import org.vnsign.token.RecordingPinCallback;
import org.vnsign.token.SignatureAlgorithm;
import org.vnsign.token.SignatureScheme;
import org.vnsign.token.SignatureVerification;
import org.vnsign.token.Token;
import org.vnsign.token.TokenCertificate;
import org.vnsign.token.TokenException;
import org.vnsign.token.TokenProviders;

@SoftHsmTest
class Pkcs11TokenIT {
    static final byte[] MESSAGE = "Quyết định số 123/QĐ-BTC".getBytes(StandardCharsets.UTF_8);
    static TestTokens tokens;
    final List<Token> opened = new ArrayList<>();

    @BeforeAll
    static void createTokens() {
        tokens = TestTokens.shared();
    }

    @AfterEach
    void closeTokens() {
        opened.forEach(Token::close);
    }

    Token open(String label) throws TokenException {
        var reports = new Pkcs11TokenProvider()
                .discover(DiscoveryOptions.onlyModules(List.of(tokens.softHsm().module())));
        Token token = new Pkcs11TokenProvider().open(TokenProviders.select(reports, label));
        opened.add(token);
        return token;
    }

    Token loggedIn() throws TokenException {
        Token token = open(TestTokens.MAIN_LABEL);
        token.login(RecordingPinCallback.answering(TestTokens.MAIN_PIN));
        return token;
    }

    TokenCertificate certificateOf(Token token, KeyProfile profile) throws TokenException {
        String commonName = tokens.pki().identity(profile).commonName();
        return token.certificates().stream()
                .filter(c -> c.info().subject().commonName().orElseThrow().equals(commonName))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void logsInWithTheRightPinAndWipesIt() throws TokenException {
        Token token = open(TestTokens.MAIN_LABEL);
        RecordingPinCallback pins = RecordingPinCallback.answering(TestTokens.MAIN_PIN);

        token.login(pins);

        assertThat(token.isLoggedIn()).isTrue();
        assertThat(pins.requests()).singleElement().satisfies(request -> {
            assertThat(request.purpose()).isEqualTo(PinRequest.Purpose.LOGIN);
            assertThat(request.token().label()).isEqualTo(TestTokens.MAIN_LABEL);
        });
        assertThat(pins.handedOut()).singleElement().satisfies(pin -> assertThat(new String(pin))
                .isEqualTo("\0".repeat(6)));
    }

    @Test
    void aWrongPinFailsOnceWithoutRetryingAndWipesIt() throws TokenException {
        Token token = open(TestTokens.MAIN_LABEL);
        RecordingPinCallback pins = RecordingPinCallback.answering("000000");

        assertThatThrownBy(() -> token.login(pins))
                .isInstanceOfSatisfying(
                        TokenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_PIN_INCORRECT));

        assertThat(pins.requests()).hasSize(1);
        assertThat(token.isLoggedIn()).isFalse();
        assertThat(new String(pins.handedOut().get(0))).isEqualTo("\0".repeat(6));
        RecordingPinCallback retry = RecordingPinCallback.answering(TestTokens.MAIN_PIN);
        token.login(retry);
        assertThat(token.isLoggedIn()).isTrue();
        assertThat(retry.requests().get(0).pinFlags())
                .as("the prompt is told about the earlier wrong PIN")
                .contains(PinFlag.COUNT_LOW);
        assertThat(token.pinFlags()).isEmpty();
    }

    @Test
    void cancellingThePinPromptIsItsOwnError() throws TokenException {
        Token token = open(TestTokens.MAIN_LABEL);

        assertThatThrownBy(() -> token.login(RecordingPinCallback.cancelling()))
                .isInstanceOfSatisfying(
                        TokenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_LOGIN_CANCELLED));
    }

    @Test
    void listingCertificatesNeedsALogin() throws TokenException {
        Token token = open(TestTokens.MAIN_LABEL);

        assertThatThrownBy(token::certificates).isInstanceOfSatisfying(TokenException.class, e -> assertThat(e.code())
                .isEqualTo(ErrorCode.TOKEN_NOT_LOGGED_IN));
    }

    @Test
    void listsEveryCertificateWithItsKeyAndVietnameseNames() throws TokenException {
        List<TokenCertificate> certificates = loggedIn().certificates();

        assertThat(certificates).hasSize(tokens.pki().identities().size());
        for (TestIdentity identity : tokens.pki().identities()) {
            TokenCertificate listed = certificates.stream()
                    .filter(c -> c.key().id().equals(identity.tokenId()))
                    .findFirst()
                    .orElseThrow();
            KeyProfile profile = identity.profile();
            assertThat(listed.certificate()).isEqualTo(identity.certificate());
            assertThat(listed.info().subject().commonName()).contains(profile.commonName());
            assertThat(listed.info().subject().first("T")).contains(profile.title());
            assertThat(listed.info().subject().first("O")).contains(profile.organisation());
            assertThat(listed.info().subject().first("OU")).contains(profile.unit());
            assertThat(listed.info().subject().first("UID")).contains(profile.uid());
            assertThat(listed.info().subject().first("L")).contains("Hà Nội");
            assertThat(listed.info().subject().first("C")).contains("VN");
            assertThat(listed.info().issuer().commonName()).contains("CA phục vụ các cơ quan Nhà nước (TEST)");
            assertThat(listed.info().sha256Fingerprint()).hasSize(64).isUpperCase();
        }
    }

    @Test
    void reportsKeyAlgorithmAndSize() throws TokenException {
        Token token = loggedIn();

        assertThat(certificateOf(token, KeyProfile.RSA_2048).info()).satisfies(info -> {
            assertThat(info.keyAlgorithm()).isEqualTo("RSA");
            assertThat(info.keySize()).isEqualTo(2048);
        });
        assertThat(certificateOf(token, KeyProfile.RSA_3072).info().keySize()).isEqualTo(3072);
        assertThat(certificateOf(token, KeyProfile.EC_P256).info()).satisfies(info -> {
            assertThat(info.keyAlgorithm()).isEqualTo("EC");
            assertThat(info.keySize()).isEqualTo(256);
        });
    }

    @Test
    void flagsExpiredAndNonSigningCertificatesButStillListsThem() throws TokenException {
        Token token = loggedIn();
        Instant now = Instant.now();

        assertThat(certificateOf(token, KeyProfile.RSA_2048).info().flagsAt(now))
                .isEmpty();
        assertThat(certificateOf(token, KeyProfile.EXPIRED).info().flagsAt(now))
                .containsExactly(CertificateFlag.EXPIRED);
        assertThat(certificateOf(token, KeyProfile.NOT_FOR_SIGNING).info().flagsAt(now))
                .containsExactly(CertificateFlag.NOT_FOR_SIGNING);
        assertThat(certificateOf(token, KeyProfile.RSA_2048).info().keyUsage())
                .containsExactly("digitalSignature", "nonRepudiation");
        assertThat(certificateOf(token, KeyProfile.RSA_2048).info().extendedKeyUsage())
                .contains("emailProtection", "documentSigning");
    }

    static Stream<Arguments> algorithms() {
        List<Arguments> cases = new ArrayList<>();
        for (DigestAlgorithm digest : DigestAlgorithm.values()) {
            cases.add(Arguments.of(KeyProfile.RSA_2048, new SignatureAlgorithm(SignatureScheme.RSA_PKCS1, digest)));
            cases.add(Arguments.of(KeyProfile.RSA_3072, new SignatureAlgorithm(SignatureScheme.RSA_PSS, digest)));
        }
        cases.add(Arguments.of(
                KeyProfile.RSA_2048, new SignatureAlgorithm(SignatureScheme.RSA_PSS, DigestAlgorithm.SHA256)));
        cases.add(Arguments.of(
                KeyProfile.EC_P256, new SignatureAlgorithm(SignatureScheme.ECDSA, DigestAlgorithm.SHA256)));
        cases.add(Arguments.of(
                KeyProfile.EC_P256, new SignatureAlgorithm(SignatureScheme.ECDSA, DigestAlgorithm.SHA384)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} with {0}")
    @MethodSource("algorithms")
    void signsADigestThatVerifiesWithTheCertificatesPublicKey(KeyProfile profile, SignatureAlgorithm algorithm)
            throws Exception {
        Token token = loggedIn();
        TokenCertificate certificate = certificateOf(token, profile);

        byte[] signature = token.signDigest(
                certificate.key(),
                algorithm,
                SignatureVerification.digest(algorithm.digest(), MESSAGE),
                RecordingPinCallback.cancelling());

        assertThat(SignatureVerification.verifies(certificate.certificate(), algorithm, MESSAGE, signature))
                .isTrue();
    }

    @Test
    void refusesAnAlgorithmTheKeyCannotDo() throws Exception {
        Token token = loggedIn();
        TokenCertificate rsa = certificateOf(token, KeyProfile.RSA_2048);
        SignatureAlgorithm ecdsa = new SignatureAlgorithm(SignatureScheme.ECDSA, DigestAlgorithm.SHA256);

        assertThatThrownBy(() -> token.signDigest(rsa.key(), ecdsa, new byte[32], RecordingPinCallback.cancelling()))
                .isInstanceOfSatisfying(
                        TokenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MECHANISM_UNSUPPORTED));
    }

    @Test
    void signsFromSeveralThreadsAtOnce() throws Exception {
        Token token = loggedIn();
        TokenCertificate certificate = certificateOf(token, KeyProfile.RSA_2048);
        SignatureAlgorithm algorithm = new SignatureAlgorithm(SignatureScheme.RSA_PKCS1, DigestAlgorithm.SHA256);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                byte[] message = ("văn bản " + i).getBytes(StandardCharsets.UTF_8);
                results.add(pool.submit(() -> SignatureVerification.verifies(
                        certificate.certificate(),
                        algorithm,
                        message,
                        token.signDigest(
                                certificate.key(),
                                algorithm,
                                SignatureVerification.digest(DigestAlgorithm.SHA256, message),
                                RecordingPinCallback.cancelling()))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyThatAlwaysAuthenticatesAsksForThePinAtEverySignature() throws Exception {
        Token token = open(TestTokens.SECOND_LABEL);
        token.login(RecordingPinCallback.answering(TestTokens.SECOND_PIN));
        TokenCertificate certificate = token.certificates().get(0);
        SignatureAlgorithm algorithm = new SignatureAlgorithm(SignatureScheme.RSA_PKCS1, DigestAlgorithm.SHA256);
        RecordingPinCallback confirmations = RecordingPinCallback.answering(TestTokens.SECOND_PIN);

        assertThat(certificate.alwaysAuthenticate()).isTrue();
        for (int i = 0; i < 2; i++) {
            byte[] signature = token.signDigest(
                    certificate.key(),
                    algorithm,
                    SignatureVerification.digest(DigestAlgorithm.SHA256, MESSAGE),
                    confirmations);
            assertThat(SignatureVerification.verifies(certificate.certificate(), algorithm, MESSAGE, signature))
                    .isTrue();
        }
        assertThat(confirmations.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.purpose()).isEqualTo(PinRequest.Purpose.SIGNATURE_CONFIRMATION);
            assertThat(request.keyLabel()).isEqualTo(certificate.key().label());
        });
    }

    @Test
    void aWrongConfirmationPinFailsThatSignatureOnly() throws Exception {
        Token token = open(TestTokens.SECOND_LABEL);
        token.login(RecordingPinCallback.answering(TestTokens.SECOND_PIN));
        TokenCertificate certificate = token.certificates().get(0);
        SignatureAlgorithm algorithm = new SignatureAlgorithm(SignatureScheme.RSA_PKCS1, DigestAlgorithm.SHA256);
        byte[] digest = SignatureVerification.digest(DigestAlgorithm.SHA256, MESSAGE);

        assertThatThrownBy(() -> token.signDigest(
                        certificate.key(), algorithm, digest, RecordingPinCallback.answering("111111")))
                .isInstanceOfSatisfying(
                        TokenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_PIN_INCORRECT));
        byte[] signature = token.signDigest(
                certificate.key(), algorithm, digest, RecordingPinCallback.answering(TestTokens.SECOND_PIN));
        assertThat(SignatureVerification.verifies(certificate.certificate(), algorithm, MESSAGE, signature))
                .isTrue();
    }

    @Test
    void selectsTokensByLabelOrSerialNumber() throws TokenException {
        var reports = new Pkcs11TokenProvider()
                .discover(DiscoveryOptions.onlyModules(List.of(tokens.softHsm().module())));

        assertThat(TokenProviders.select(reports, tokens.main().serialNumber()).label())
                .isEqualTo(TestTokens.MAIN_LABEL);
        assertThatThrownBy(() -> TokenProviders.select(reports, "no such token"))
                .isInstanceOfSatisfying(
                        TokenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_NOT_FOUND));
    }
}
