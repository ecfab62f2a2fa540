/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.mscapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vnsign.token.DigestAlgorithm;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.SignatureAlgorithm;
import org.vnsign.token.SignatureScheme;
import org.vnsign.token.TokenException;
import org.vnsign.token.keystore.JcaDigestSigner;

/**
 * SunMSCAPI's documented input rules, enforced by a provider of the same name over a software key,
 * so that the Windows-store contract is tested on every system (the real store is exercised by the
 * Windows job of the GitHub workflow): {@code NONEwithRSA} takes a bare hash of a known length and
 * builds the DigestInfo itself; raw RSA and ECDSA over a digest do not exist for CAPI keys. The
 * first round handed it a 51-byte DigestInfo, which this provider refuses as SunMSCAPI does.
 */
class MscapiContractTest {
    private static final Set<Integer> HASH_LENGTHS = Set.of(16, 20, 32, 36, 48, 64);
    private static final Map<Integer, String> DIGEST_INFO_PREFIX = Map.of(
            32, "3031300d060960864801650304020105000420",
            48, "3041300d060960864801650304020205000430",
            64, "3051300d060960864801650304020305000440");
    private static final Provider CAPI = new CapiLikeProvider();

    @BeforeAll
    static void register() {
        Security.addProvider(CAPI);
    }

    @AfterAll
    static void unregister() {
        Security.removeProvider(CAPI.getName());
    }

    @Test
    void pkcs1OverADigestFollowsTheBareHashRuleAndVerifies() throws Exception {
        byte[] message = "tờ trình".getBytes(StandardCharsets.UTF_8);
        for (DigestAlgorithm digest : DigestAlgorithm.values()) {
            byte[] hash = MessageDigest.getInstance(digest.jcaName()).digest(message);

            byte[] value = JcaDigestSigner.sign(
                    new CapiKey(), new SignatureAlgorithm(SignatureScheme.RSA_PKCS1, digest), hash, 2048);

            Signature verify = Signature.getInstance(digest.jcaName().replace("-", "") + "withRSA");
            verify.initVerify(CapiLikeStore.identity().certificate());
            verify.update(message);
            assertThat(verify.verify(value)).as(digest.name()).isTrue();
        }
    }

    @Test
    void theFirstRoundsDigestInfoIsRefusedAsSunMscapiRefusesIt() throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(new byte[] {1});
        Signature none = Signature.getInstance("NONEwithRSA");
        none.initSign(new CapiKey());
        none.update(DigestAlgorithm.SHA256.digestInfo(hash));

        assertThatThrownBy(none::sign).isInstanceOf(SignatureException.class).hasMessageContaining("length");
    }

    @Test
    void pssAndEcdsaOverADigestAreAMechanismTheStoreDoesNotHave() {
        byte[] hash = new byte[32];
        for (SignatureScheme scheme : new SignatureScheme[] {SignatureScheme.RSA_PSS, SignatureScheme.ECDSA}) {
            assertThatThrownBy(() -> JcaDigestSigner.sign(
                            new CapiKey(), new SignatureAlgorithm(scheme, DigestAlgorithm.SHA256), hash, 2048))
                    .as(scheme.name())
                    .isInstanceOfSatisfying(
                            TokenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MECHANISM_UNSUPPORTED));
        }
    }

    /** A key only the CAPI-like provider can use, as a CryptoAPI key handle is to SunMSCAPI. */
    static final class CapiKey implements PrivateKey {
        private static final long serialVersionUID = 1L;

        @Override
        public String getAlgorithm() {
            return "RSA";
        }

        @Override
        public String getFormat() {
            return null;
        }

        @Override
        public byte[] getEncoded() {
            return null;
        }
    }

    /** Named like SunMSCAPI, with its NONEwithRSA input rule and nothing else. */
    static final class CapiLikeProvider extends Provider {
        private static final long serialVersionUID = 1L;

        CapiLikeProvider() {
            super("SunMSCAPI", "17", "test provider enforcing SunMSCAPI's NONEwithRSA contract");
            put("Signature.NONEwithRSA", NoneWithRsa.class.getName());
            put("Signature.NONEwithRSA SupportedKeyClasses", CapiKey.class.getName());
        }
    }

    /** Bare hash in; the DigestInfo is built here, as CryptoAPI builds it from the hash object. */
    public static final class NoneWithRsa extends SignatureSpi {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        public NoneWithRsa() {}

        @Override
        protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
            if (!(privateKey instanceof CapiKey)) {
                throw new InvalidKeyException("not a CAPI key");
            }
            data.reset();
        }

        @Override
        protected void engineInitVerify(java.security.PublicKey publicKey) throws InvalidKeyException {
            throw new InvalidKeyException("signing only");
        }

        @Override
        protected void engineUpdate(byte b) {
            data.write(b);
        }

        @Override
        protected void engineUpdate(byte[] b, int off, int len) {
            data.write(b, off, len);
        }

        @Override
        protected byte[] engineSign() throws SignatureException {
            byte[] hash = data.toByteArray();
            if (!HASH_LENGTHS.contains(hash.length) || !DIGEST_INFO_PREFIX.containsKey(hash.length)) {
                throw new SignatureException("Message digest length is not supported");
            }
            try {
                Signature raw = Signature.getInstance("NONEwithRSA");
                raw.initSign(CapiLikeStore.identity().keyPair().getPrivate());
                raw.update(HexFormat.of().parseHex(DIGEST_INFO_PREFIX.get(hash.length)));
                raw.update(hash);
                return raw.sign();
            } catch (java.security.GeneralSecurityException e) {
                throw new SignatureException(e);
            }
        }

        @Override
        protected boolean engineVerify(byte[] sigBytes) throws SignatureException {
            throw new SignatureException("signing only");
        }

        @Override
        @Deprecated
        protected void engineSetParameter(String param, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        @Deprecated
        protected Object engineGetParameter(String param) {
            throw new UnsupportedOperationException();
        }
    }
}
