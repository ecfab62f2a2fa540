/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A small PKI on fixed dates for judging signatures without a PDF: a root, an issuing CA, signers
 * for every status a judge must tell apart, a time-stamping authority, and CRLs. Fixed dates, not
 * "now", so each row of the judge's table means the same thing every day the suite runs.
 */
final class JudgePki {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant REVOKED_AT = Instant.parse("2026-01-01T00:00:00Z");
    static final byte[] SIGNATURE_VALUE = "the signature value".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final AtomicLong SERIAL = new AtomicLong(100);
    private static final Instant LONG_AGO = Instant.parse("2009-01-01T00:00:00Z");
    private static final Instant FAR_AHEAD = Instant.parse("2045-01-01T00:00:00Z");

    private final KeyPair rootKeys = keys();
    private final KeyPair caKeys = keys();
    private final KeyPair revokedCaKeys = keys();
    private final KeyPair tsaKeys = keys();

    final X509Certificate root;
    final X509Certificate ca;
    final X509Certificate revokedCa;
    final X509Certificate caThatMayNotSign;
    final X509Certificate tsa;
    final X509Certificate strangerTsa;
    final X509Certificate good;
    final X509Certificate expired;
    final X509Certificate notYetValid;
    final X509Certificate encryptionOnly;
    final X509Certificate revoked;
    final X509Certificate underRevokedCa;
    final X509Certificate underCaThatMayNotSign;
    private final KeyPair strangerKeys = keys();

    JudgePki() throws Exception {
        root = certificate(
                "CN=Judge Root", rootKeys, "CN=Judge Root", rootKeys.getPrivate(), LONG_AGO, FAR_AHEAD, Kind.CA);
        ca = certificate("CN=Judge CA", caKeys, "CN=Judge Root", rootKeys.getPrivate(), LONG_AGO, FAR_AHEAD, Kind.CA);
        revokedCa = certificate(
                "CN=Revoked CA", revokedCaKeys, "CN=Judge Root", rootKeys.getPrivate(), LONG_AGO, FAR_AHEAD, Kind.CA);
        KeyPair mayNotSignKeys = keys();
        caThatMayNotSign = certificate(
                "CN=CA without keyCertSign",
                mayNotSignKeys,
                "CN=Judge Root",
                rootKeys.getPrivate(),
                LONG_AGO,
                FAR_AHEAD,
                Kind.CA_THAT_MAY_NOT_SIGN);
        tsa = certificate("CN=Judge TSA", tsaKeys, "CN=Judge CA", caKeys.getPrivate(), LONG_AGO, FAR_AHEAD, Kind.TSA);
        strangerTsa = certificate(
                "CN=Stranger TSA",
                strangerKeys,
                "CN=Stranger TSA",
                strangerKeys.getPrivate(),
                LONG_AGO,
                FAR_AHEAD,
                Kind.TSA);
        Instant from = Instant.parse("2010-01-01T00:00:00Z");
        Instant to = Instant.parse("2040-01-01T00:00:00Z");
        good = signer("CN=Good Signer", caKeys.getPrivate(), "CN=Judge CA", from, to, Kind.SIGNER);
        expired = signer(
                "CN=Expired Signer",
                caKeys.getPrivate(),
                "CN=Judge CA",
                Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2025-01-01T00:00:00Z"),
                Kind.SIGNER);
        notYetValid = signer(
                "CN=Future Signer",
                caKeys.getPrivate(),
                "CN=Judge CA",
                Instant.parse("2027-01-01T00:00:00Z"),
                to,
                Kind.SIGNER);
        encryptionOnly = signer("CN=Encryption Only", caKeys.getPrivate(), "CN=Judge CA", from, to, Kind.ENCRYPTION);
        revoked = signer("CN=Revoked Signer", caKeys.getPrivate(), "CN=Judge CA", from, to, Kind.SIGNER);
        underRevokedCa =
                signer("CN=Under Revoked CA", revokedCaKeys.getPrivate(), "CN=Revoked CA", from, to, Kind.SIGNER);
        underCaThatMayNotSign = signer(
                "CN=Under CA without keyCertSign",
                mayNotSignKeys.getPrivate(),
                "CN=CA without keyCertSign",
                from,
                to,
                Kind.SIGNER);
    }

    /** The issuing CA's CRL, current at {@link #NOW}, listing the revoked signer. */
    byte[] caCrl() throws Exception {
        return crl("CN=Judge CA", caKeys.getPrivate(), NOW.minusSeconds(86_400), Optional.of(revoked));
    }

    /** The issuing CA's CRL of mid-2024, still within its next update: from before the expired signer expired. */
    byte[] oldCaCrl() throws Exception {
        return crl("CN=Judge CA", caKeys.getPrivate(), Instant.parse("2024-06-01T00:00:00Z"), Optional.empty());
    }

    /** The revoked CA's own CRL, listing nothing. */
    byte[] revokedCaCrl() throws Exception {
        return crl("CN=Revoked CA", revokedCaKeys.getPrivate(), NOW.minusSeconds(86_400), Optional.empty());
    }

    /** The root's CRL, listing the revoked CA. */
    byte[] rootCrl() throws Exception {
        return crl("CN=Judge Root", rootKeys.getPrivate(), NOW.minusSeconds(86_400), Optional.of(revokedCa));
    }

    /** A signature time-stamp at {@code time} over {@code data}, by the judge TSA or a stranger. */
    TimeStampToken timestamp(Instant time, byte[] data, boolean stranger, boolean withCertificates) throws Exception {
        X509Certificate authority = stranger ? strangerTsa : tsa;
        PrivateKey key = stranger ? strangerKeys.getPrivate() : tsaKeys.getPrivate();
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BC).build("SHA256withECDSA", key, authority),
                new JcaDigestCalculatorProviderBuilder()
                        .setProvider(BC)
                        .build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        if (withCertificates) {
            generator.addCertificates(new JcaCertStore(List.of(authority)));
        }
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(data);
        TimeStampRequestGenerator request = new TimeStampRequestGenerator();
        request.setCertReq(withCertificates);
        return generator.generate(
                request.generate(NISTObjectIdentifiers.id_sha256, imprint),
                BigInteger.valueOf(SERIAL.getAndIncrement()),
                Date.from(time));
    }

    private enum Kind {
        CA,
        CA_THAT_MAY_NOT_SIGN,
        SIGNER,
        ENCRYPTION,
        TSA
    }

    private X509Certificate signer(
            String subject, PrivateKey issuerKey, String issuer, Instant from, Instant to, Kind kind) throws Exception {
        return certificate(subject, keys(), issuer, issuerKey, from, to, kind);
    }

    private static X509Certificate certificate(
            String subject, KeyPair keys, String issuer, PrivateKey issuerKey, Instant from, Instant to, Kind kind)
            throws Exception {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(SERIAL.getAndIncrement()),
                Date.from(from),
                Date.from(to),
                new X500Name(subject),
                keys.getPublic());
        if (kind == Kind.CA || kind == Kind.CA_THAT_MAY_NOT_SIGN) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            kind == Kind.CA ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
        } else if (kind == Kind.TSA) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        } else {
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            kind == Kind.SIGNER
                                    ? KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                                    : KeyUsage.keyEncipherment));
        }
        return new JcaX509CertificateConverter()
                .setProvider(BC)
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                        .setProvider(BC)
                        .build(issuerKey)));
    }

    private static byte[] crl(String issuer, PrivateKey key, Instant thisUpdate, Optional<X509Certificate> listed)
            throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(new X500Name(issuer), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(NOW.plusSeconds(30L * 86_400)));
        listed.ifPresent(certificate ->
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(REVOKED_AT), CRLReason.keyCompromise));
        X509CRL crl = new JcaX509CRLConverter()
                .setProvider(BC)
                .getCRL(builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                        .setProvider(BC)
                        .build(key)));
        return crl.getEncoded();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
