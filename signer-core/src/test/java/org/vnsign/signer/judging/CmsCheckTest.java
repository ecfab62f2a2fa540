/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.signer.pki.RevocationPool;
import org.vnsign.signer.verify.SubIndication;

/**
 * Known-answer tests of the CMS check for the signature schemes found in the field (what the
 * field corpus showed VNSign calling forged): RSASSA-PSS with SHA-2 and SHA-3, ECDSA on NIST and
 * Brainpool curves, Ed25519; a signature whose claimed signing time lies outside its certificate's
 * validity is still cryptographically intact (the time is the judge's question); one changed byte
 * is a HASH_FAILURE; content inside a detached signature is a FORMAT_FAILURE.
 */
class CmsCheckTest {
    private static final Provider BC = new BouncyCastleProvider();
    private static final byte[] SIGNED = "the bytes a ByteRange covers".getBytes(StandardCharsets.US_ASCII);

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of("RSA", "RSA", null, "SHA256withRSA"),
                Arguments.of("RSASSA-PSS SHA-256", "RSA", null, "SHA256withRSAandMGF1"),
                Arguments.of("RSASSA-PSS SHA3-256", "RSA", null, "SHA3-256withRSAandMGF1"),
                Arguments.of("ECDSA P-256", "EC", "secp256r1", "SHA256withECDSA"),
                Arguments.of("ECDSA brainpoolP384r1", "EC", "brainpoolP384r1", "SHA384withECDSA"),
                Arguments.of("ECDSA brainpoolP256r1 SHA3", "EC", "brainpoolP256r1", "SHA3-256withECDSA"),
                Arguments.of("Ed25519", "Ed25519", null, "Ed25519"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void aGenuineSignatureIsIntact(String name, String keyType, String curve, String algorithm) throws Exception {
        Signed signed = sign(keyType, curve, algorithm, Instant.now().minus(1, ChronoUnit.DAYS), false);

        CmsFacts facts = CmsCheck.signature(signed.cms(), () -> new ByteArrayInputStream(SIGNED));

        assertThat(facts.failure()).as(facts.detail()).isEmpty();
        assertThat(facts.signer()).contains(signed.certificate());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void oneChangedByteIsAHashFailure(String name, String keyType, String curve, String algorithm) throws Exception {
        Signed signed = sign(keyType, curve, algorithm, Instant.now().minus(1, ChronoUnit.DAYS), false);
        byte[] changed = SIGNED.clone();
        changed[3] ^= 1;

        CmsFacts facts = CmsCheck.signature(signed.cms(), () -> new ByteArrayInputStream(changed));

        assertThat(facts.failure()).contains(SubIndication.HASH_FAILURE);
    }

    @org.junit.jupiter.api.Test
    void aSigningTimeOutsideTheCertificatesValidityIsNoCryptoFailure() throws Exception {
        Signed signed = sign("RSA", null, "SHA256withRSA", Instant.now().minus(3650, ChronoUnit.DAYS), false);

        CmsFacts facts = CmsCheck.signature(signed.cms(), () -> new ByteArrayInputStream(SIGNED));

        assertThat(facts.failure()).as(facts.detail()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void contentInsideADetachedSignatureIsAFormatFailure() throws Exception {
        Signed signed = sign("RSA", null, "SHA256withRSA", Instant.now(), true);

        CmsFacts facts = CmsCheck.signature(signed.cms(), () -> new ByteArrayInputStream(SIGNED));

        assertThat(facts.failure()).contains(SubIndication.FORMAT_FAILURE);
    }

    @org.junit.jupiter.api.Test
    void anAlgorithmVnsignCannotComputeIsIndeterminateAndNamedNeverInvalid() throws Exception {
        Signed signed = sign("RSA", null, "SHA256withRSA", Instant.now(), false);
        // sha256WithRSAEncryption (1.2.840.113549.1.1.11) in the SignerInfo, the last occurrence,
        // becomes 1.2.840.113549.1.1.99: an algorithm no provider knows.
        byte[] cms = signed.cms().clone();
        byte[] oid = {0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x0B};
        int at = -1;
        for (int i = 0; i + oid.length <= cms.length; i++) {
            if (java.util.Arrays.equals(cms, i, i + oid.length, oid, 0, oid.length)) {
                at = i;
            }
        }
        cms[at + oid.length - 1] = 99;

        CmsFacts facts = CmsCheck.signature(cms, () -> new ByteArrayInputStream(SIGNED));
        Judgement judgement = new SignatureJudge(
                        org.vnsign.signer.verify.TrustAnchors.none().plus(List.of(signed.certificate())),
                        List.of(),
                        new RevocationPool(List.of(), List.of()),
                        java.util.Optional.empty(),
                        Instant.now())
                .judge(
                        facts,
                        false,
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty());

        assertThat(facts.failure()).contains(SubIndication.CRYPTO_CONSTRAINTS_FAILURE);
        assertThat(judgement.indication()).isEqualTo(org.vnsign.signer.verify.Indication.INDETERMINATE);
        assertThat(judgement.reason().en()).contains("1.2.840.113549.1.1.99").contains("cannot check");
        assertThat(judgement.reason().vi()).contains("1.2.840.113549.1.1.99");
    }

    private record Signed(byte[] cms, X509Certificate certificate) {}

    /** A CMS over {@link #SIGNED}, its signing time {@code signingTime}, by a fresh self-issued key. */
    private static Signed sign(String keyType, String curve, String algorithm, Instant signingTime, boolean encapsulate)
            throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(keyType, BC);
        if (curve != null) {
            generator.initialize(new ECGenParameterSpec(curve));
        } else if (keyType.equals("RSA")) {
            generator.initialize(2048);
        }
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Nguyễn Văn Án");
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.valueOf(4097),
                        Date.from(Instant.now().minus(30, ChronoUnit.DAYS)),
                        Date.from(Instant.now().plus(365, ChronoUnit.DAYS)),
                        name,
                        keys.getPublic())
                .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(keys.getPrivate()));
        X509Certificate certificate =
                new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
        CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
        var attributes = new org.bouncycastle.asn1.ASN1EncodableVector();
        attributes.add(new org.bouncycastle.asn1.cms.Attribute(
                org.bouncycastle.asn1.cms.CMSAttributes.signingTime,
                new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.cms.Time(Date.from(signingTime)))));
        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                .setSignedAttributeGenerator(new org.bouncycastle.cms.DefaultSignedAttributeTableGenerator(
                        new org.bouncycastle.asn1.cms.AttributeTable(attributes)))
                .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(keys.getPrivate()), certificate));
        cms.addCertificates(new JcaCertStore(List.of(certificate)));
        return new Signed(
                cms.generate(new CMSProcessableByteArray(SIGNED), encapsulate).getEncoded(), certificate);
    }
}
