/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.HashAlgorithm;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignerCheck;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.KeyHandle;
import org.vnsign.token.PinCallback;
import org.vnsign.token.PinFlag;
import org.vnsign.token.SignatureAlgorithm;
import org.vnsign.token.Token;
import org.vnsign.token.TokenCertificate;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenException;
import org.vnsign.token.TokenProviders;
import org.vnsign.token.pkcs11.Pkcs11TokenProvider;

/**
 * The use case on the real SoftHSM2 token, its revocation answers from the loopback OCSP responder:
 * an unfit certificate is refused before the token's key is ever asked to sign (the token's sign
 * operations are counted), and a fit one signs once and is read back as intact.
 */
@SoftHsmTest
class SigningUseCaseIT {
    @TempDir
    Path dir;

    private final TestTokens tokens = TestTokens.shared();

    @Test
    void unfitCertificatesAreRefusedBeforeTheKeyIsUsedAndAFitOneSignsOnce() throws Exception {
        NetworkSettings network = NetworkSettings.defaults()
                .withTimeout(Duration.ofSeconds(3))
                .withCacheDirectory(Optional.of(dir.resolve("cache")));
        SigningUseCase signing = SigningUseCase.standard(Clock.systemUTC(), network);
        SigningOptions options = new SigningOptions(
                HashAlgorithm.SHA256,
                false,
                SignatureLevel.B_B,
                TrustAnchors.none().plus(List.of(tokens.pki().root())),
                true,
                false);
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        TokenProviders providers = new TokenProviders(List.of(new Pkcs11TokenProvider()));
        TokenDescriptor main = TokenProviders.select(
                providers.discover(
                        DiscoveryOptions.onlyModules(List.of(tokens.softHsm().module()))),
                TestTokens.MAIN_LABEL);
        try (CountingToken token = new CountingToken(providers.open(main))) {
            PinCallback pins = request -> TestTokens.MAIN_PIN.toCharArray();
            token.login(pins);
            Map<KeyProfile, SignerError> refusals = Map.of(
                    KeyProfile.EXPIRED, SignerError.CERTIFICATE_EXPIRED,
                    KeyProfile.REVOKED, SignerError.CERTIFICATE_REVOKED,
                    KeyProfile.NOT_FOR_SIGNING, SignerError.CERTIFICATE_NOT_FOR_SIGNING);
            for (Map.Entry<KeyProfile, SignerError> refusal : refusals.entrySet()) {
                TokenCertificate certificate = certificate(token, refusal.getKey());
                assertThatThrownBy(() -> signing.prepareSigner(certificate, options))
                        .as(refusal.getKey().name())
                        .isInstanceOfSatisfying(SignerException.class, e -> assertThat(e.error())
                                .isEqualTo(refusal.getValue()));
            }
            assertThat(token.signatures).as("the key was never asked to sign").hasValue(0);

            ReadySigner ready = signing.prepareSigner(certificate(token, KeyProfile.RSA_2048), options);
            SigningRequest request =
                    SigningRequest.of(input, dir.resolve("out.pdf"), new Appearance.Invisible(), SignProfile.empty());
            SignedDocument signed = signing.sign(signing.plan(request, ready), ready, token, pins);

            assertThat(token.signatures).hasValue(1);
            assertThat(signed.check().revocation()).isEqualTo(SignerCheck.Revocation.GOOD);
            assertThat(signed.verdict()).isNotEqualTo(Indication.INVALID);
            assertThat(Files.exists(dir.resolve("out.pdf"))).isTrue();
        }
    }

    private static TokenCertificate certificate(Token token, KeyProfile profile) throws TokenException {
        return token.certificates().stream()
                .filter(c -> c.info().subject().commonName().orElse("").equals(profile.commonName()))
                .findFirst()
                .orElseThrow();
    }

    /** The real token, with its sign operations counted. */
    private static final class CountingToken implements Token {
        private final Token token;
        final AtomicInteger signatures = new AtomicInteger();

        CountingToken(Token token) {
            this.token = token;
        }

        @Override
        public TokenDescriptor descriptor() {
            return token.descriptor();
        }

        @Override
        public Set<PinFlag> pinFlags() throws TokenException {
            return token.pinFlags();
        }

        @Override
        public boolean isLoggedIn() {
            return token.isLoggedIn();
        }

        @Override
        public void login(PinCallback pins) throws TokenException {
            token.login(pins);
        }

        @Override
        public List<TokenCertificate> certificates() throws TokenException {
            return token.certificates();
        }

        @Override
        public byte[] signDigest(KeyHandle key, SignatureAlgorithm algorithm, byte[] digest, PinCallback pins)
                throws TokenException {
            signatures.incrementAndGet();
            return token.signDigest(key, algorithm, digest, pins);
        }

        @Override
        public void close() {
            token.close();
        }
    }
}
