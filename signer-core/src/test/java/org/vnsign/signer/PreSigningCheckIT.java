/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.signer.verify.SignerCertificateChecker;
import org.vnsign.signer.verify.SignerCheck;
import org.vnsign.signer.verify.SignerCheckRequest;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.pki.TestPki;
import org.vnsign.testsupport.services.LoopbackPki;

/**
 * The pre-signing check of Circular 15/2025/TT-BKHCN against real servers on loopback: the test
 * PKI's OCSP responder (OpenSSL), CRL and issuer certificates served over HTTP. Each refusal has its
 * own code; a token that holds only its own certificate gets its chain completed from the AIA URL.
 */
class PreSigningCheckIT {
    @TempDir
    Path dir;

    private final TestPki pki = LoopbackPki.shared().pki();
    private final TrustAnchors testRoot = TrustAnchors.none().plus(List.of(pki.root()));

    private SignerCertificateChecker checker(boolean offline) {
        NetworkSettings network = NetworkSettings.defaults()
                .withTimeout(Duration.ofSeconds(3))
                .withCacheDirectory(Optional.of(dir.resolve("cache")));
        return DocumentVerifiers.signerChecker(Clock.systemUTC(), offline ? network.asOffline() : network);
    }

    private SignerCheckRequest onlySigner(KeyProfile profile, TrustAnchors anchors, boolean online, boolean required) {
        return new SignerCheckRequest(
                List.of(pki.identity(profile).certificate()), List.of(), anchors, online, required);
    }

    @Test
    void aTokenWithOnlyItsOwnCertificateGetsTheChainFromAiaAndAGoodStatus() throws Exception {
        TestIdentity signer = pki.identity(KeyProfile.RSA_2048);

        SignerCheck check = checker(false).check(onlySigner(KeyProfile.RSA_2048, testRoot, true, true));

        assertThat(check.chain()).containsExactly(signer.certificate(), pki.issuingCa(), pki.root());
        assertThat(check.fetched()).singleElement().asString().startsWith("http://127.0.0.1:");
        assertThat(check.revocation()).isEqualTo(SignerCheck.Revocation.GOOD);
    }

    @Test
    void theTokensOwnCaCertificatesAreUsedFirst() throws Exception {
        TestIdentity signer = pki.identity(KeyProfile.RSA_2048);

        SignerCheck check =
                checker(true).check(new SignerCheckRequest(signer.chain(), List.of(), testRoot, false, false));

        assertThat(check.chain()).containsExactly(signer.certificate(), pki.issuingCa(), pki.root());
        assertThat(check.fetched()).isEmpty();
        assertThat(check.revocation()).as("offline").isEqualTo(SignerCheck.Revocation.NOT_CHECKED);
        assertThat(check.revocationDetail()).isNotBlank();
    }

    @Test
    void offlineALevelThatNeedsRevocationIsRefused() {
        TestIdentity signer = pki.identity(KeyProfile.RSA_2048);

        assertRefused(
                checker(true),
                new SignerCheckRequest(signer.chain(), List.of(), testRoot, false, true),
                SignerError.REVOCATION_UNAVAILABLE);
    }

    @Test
    void eachUnfitCertificateIsRefusedWithItsOwnCode() {
        SignerCertificateChecker checker = checker(false);

        assertRefused(checker, onlySigner(KeyProfile.EXPIRED, testRoot, true, false), SignerError.CERTIFICATE_EXPIRED);
        assertRefused(
                checker,
                onlySigner(KeyProfile.NOT_YET_VALID, testRoot, true, false),
                SignerError.CERTIFICATE_NOT_YET_VALID);
        assertRefused(
                checker,
                onlySigner(KeyProfile.NOT_FOR_SIGNING, testRoot, true, false),
                SignerError.CERTIFICATE_NOT_FOR_SIGNING);
        assertRefused(checker, onlySigner(KeyProfile.WEAK_RSA_1024, testRoot, true, false), SignerError.KEY_TOO_WEAK);
        assertRefused(
                checker,
                onlySigner(KeyProfile.RSA_2048, TrustAnchors.vietnamese(), true, false),
                SignerError.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void aRevokedCertificateIsRefusedEvenAtBb() {
        assertRefused(
                checker(false), onlySigner(KeyProfile.REVOKED, testRoot, true, false), SignerError.CERTIFICATE_REVOKED);
    }

    @Test
    void anUntrustedChainSaysWhichRootIsNotTrusted() {
        TestIdentity signer = pki.identity(KeyProfile.RSA_2048);

        assertThatThrownBy(() -> checker(true)
                        .check(new SignerCheckRequest(signer.chain(), List.of(), TrustAnchors.none(), false, false)))
                .isInstanceOfSatisfying(SignerException.class, e -> {
                    assertThat(e.error()).isEqualTo(SignerError.CERTIFICATE_UNTRUSTED);
                    assertThat(e.getMessage()).contains("Test Root CA");
                });
    }

    @Test
    void anIntermediateFromTheOperatingSystemCompletesTheChainOffline() throws Exception {
        X509Certificate leaf = pki.identity(KeyProfile.EC_P256).certificate();

        SignerCheck check = checker(true)
                .check(new SignerCheckRequest(List.of(leaf), List.of(pki.issuingCa()), testRoot, false, false));

        assertThat(check.chain()).containsExactly(leaf, pki.issuingCa(), pki.root());
    }

    private static void assertRefused(SignerCertificateChecker checker, SignerCheckRequest request, SignerError code) {
        assertThatThrownBy(() -> checker.check(request))
                .as(code.name())
                .isInstanceOfSatisfying(
                        SignerException.class, e -> assertThat(e.error()).isEqualTo(code));
    }
}
