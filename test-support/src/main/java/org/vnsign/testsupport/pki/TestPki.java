/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test PKI made fresh for each test run, with dates relative to now (the DSS pki-factory idea):
 * a root CA, a government-style issuing CA, and one signer per {@link KeyProfile}, plus the
 * issuing CA's CRL that revokes {@link KeyProfile#REVOKED}.
 */
public final class TestPki {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JcaX509CertificateConverter CONVERTER = new JcaX509CertificateConverter();

    private final X509Certificate root;
    private final X509Certificate issuingCa;
    private final Map<KeyProfile, TestIdentity> identities;
    private final X509CRL crl;
    private final X509CRL rootCrl;
    private final ServiceIdentity timestampAuthority;
    private final ServiceIdentity ocspResponder;

    private TestPki(
            X509Certificate root,
            X509Certificate issuingCa,
            Map<KeyProfile, TestIdentity> identities,
            X509CRL crl,
            X509CRL rootCrl,
            ServiceIdentity timestampAuthority,
            ServiceIdentity ocspResponder) {
        this.root = root;
        this.issuingCa = issuingCa;
        this.identities = identities;
        this.crl = crl;
        this.rootCrl = rootCrl;
        this.timestampAuthority = timestampAuthority;
        this.ocspResponder = ocspResponder;
    }

    /** Where the certificates say their issuers' certificates, CRLs and OCSP responder are. */
    public record ServiceUrls(String httpBase, String ocsp) {
        String crl(String issuer) {
            return httpBase + "/crl/" + issuer + ".crl";
        }

        String certificate(String issuer) {
            return httpBase + "/certs/" + issuer + ".crt";
        }
    }

    /** A PKI whose certificates carry no revocation or issuer URLs. */
    public static TestPki generate() {
        return generate(Optional.empty());
    }

    /**
     * A PKI whose certificates point at revocation and issuer services: end-entity certificates
     * (signers, the TSA) at the OCSP responder, the issuing CA's CRL ({@code httpBase/crl/ca.crl})
     * and certificate ({@code httpBase/certs/ca.crt}); the issuing CA, like most real intermediates,
     * only at the root's CRL and certificate.
     */
    public static TestPki generate(Optional<ServiceUrls> urls) {
        try {
            Instant now = Instant.now();
            KeyPair rootKeys = rsa(3072);
            X500Name rootName =
                    name("Test Root CA chuyên dùng VNSign G2", "Ban Cơ yếu Chính phủ (TEST)", null, null, null);
            X509Certificate root = caCertificate(
                    rootName, rootKeys, rootName, rootKeys.getPrivate(), null, now, 3650, -1, Optional.empty());
            KeyPair caKeys = rsa(2048);
            X500Name caName =
                    name("CA phục vụ các cơ quan Nhà nước (TEST)", "Ban Cơ yếu Chính phủ (TEST)", null, null, null);
            X509Certificate ca =
                    caCertificate(caName, caKeys, rootName, rootKeys.getPrivate(), root, now, 3000, 0, urls);
            Issuer issuer = new Issuer(caName, caKeys.getPrivate(), ca, root, now, urls);
            Map<KeyProfile, TestIdentity> identities = new EnumMap<>(KeyProfile.class);
            for (KeyProfile profile : KeyProfile.values()) {
                KeyPair keys = keyPair(profile.keyKind());
                X509Certificate certificate = endEntity(profile, keys, issuer);
                identities.put(profile, new TestIdentity(profile, keys, certificate, List.of(certificate, ca, root)));
            }
            X509CRL crl = crl(
                    caName,
                    caKeys.getPrivate(),
                    now,
                    Optional.of(identities.get(KeyProfile.REVOKED).certificate().getSerialNumber()));
            X509CRL rootCrl = crl(rootName, rootKeys.getPrivate(), now, Optional.empty());
            return new TestPki(
                    root,
                    ca,
                    identities,
                    crl,
                    rootCrl,
                    service(issuer, "Dịch vụ cấp dấu thời gian (TEST)", KeyPurposeId.id_kp_timeStamping, true),
                    service(issuer, "OCSP chuyên dùng Chính phủ (TEST)", KeyPurposeId.id_kp_OCSPSigning, false));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot generate the test PKI", e);
        }
    }

    /** The issuing CA, as the end-entity certificates need it. */
    private record Issuer(
            X500Name name,
            PrivateKey key,
            X509Certificate certificate,
            X509Certificate root,
            Instant now,
            Optional<ServiceUrls> urls) {}

    public X509Certificate root() {
        return root;
    }

    public X509Certificate issuingCa() {
        return issuingCa;
    }

    public TestIdentity identity(KeyProfile profile) {
        return identities.get(profile);
    }

    /** The identities the test tokens carry (see {@link KeyProfile#onTokens()}). */
    public List<TestIdentity> identities() {
        return identities.values().stream()
                .filter(identity -> identity.profile().onTokens())
                .toList();
    }

    /** The issuing CA's current CRL, revoking {@link KeyProfile#REVOKED}. */
    public X509CRL crl() {
        return crl;
    }

    /** The root's current CRL, revoking nothing: the status of the issuing CA. */
    public X509CRL rootCrl() {
        return rootCrl;
    }

    /** The time-stamping authority: issued by the issuing CA, EKU timeStamping (critical). */
    public ServiceIdentity timestampAuthority() {
        return timestampAuthority;
    }

    /**
     * The OCSP responder the issuing CA delegated to: EKU OCSPSigning and id-pkix-ocsp-nocheck, so
     * its own status needs no lookup.
     */
    public ServiceIdentity ocspResponder() {
        return ocspResponder;
    }

    /** The end-entity certificates the issuing CA issued, for an OCSP responder's index. */
    public List<X509Certificate> issuedByIssuingCa() {
        List<X509Certificate> issued = new ArrayList<>();
        identities.values().forEach(identity -> issued.add(identity.certificate()));
        issued.add(timestampAuthority.certificate());
        issued.add(ocspResponder.certificate());
        return issued;
    }

    /** Writes an identity with its chain to a PKCS#12 file protected by {@code password}. */
    public static Path writePkcs12(TestIdentity identity, Path file, char[] password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    identity.commonName(),
                    identity.keyPair().getPrivate(),
                    password,
                    identity.chain().toArray(new Certificate[0]));
            store.store(out, password);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name name(String commonName, String organisation, String title, String unit, String uid) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        builder.addRDN(BCStyle.ST, "Hà Nội").addRDN(BCStyle.L, "Hà Nội").addRDN(BCStyle.O, organisation);
        if (unit != null) {
            builder.addRDN(BCStyle.OU, unit);
        }
        if (title != null) {
            builder.addRDN(BCStyle.T, title);
        }
        builder.addRDN(BCStyle.CN, commonName);
        if (uid != null) {
            builder.addRDN(BCStyle.UID, uid);
        }
        return builder.build();
    }

    private static X509Certificate caCertificate(
            X500Name subject,
            KeyPair keys,
            X500Name issuer,
            PrivateKey issuerKey,
            X509Certificate issuerCertificate,
            Instant now,
            int days,
            int pathLength,
            Optional<ServiceUrls> urls)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer,
                serial(),
                Date.from(now.minus(Duration.ofDays(365))),
                Date.from(now.plus(Duration.ofDays(days))),
                subject,
                keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(
                Extension.basicConstraints,
                true,
                pathLength < 0 ? new BasicConstraints(true) : new BasicConstraints(pathLength));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuerCertificate != null) {
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerCertificate));
            ServiceUrlExtensions.addCaUrls(builder, urls);
        }
        return sign(builder, issuerKey);
    }

    private static ServiceIdentity service(Issuer issuer, String commonName, KeyPurposeId purpose, boolean withUrls)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair keys = rsa(2048);
        X500Name subject = name(commonName, "Ban Cơ yếu Chính phủ (TEST)", null, null, null);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer.name(),
                serial(),
                Date.from(issuer.now().minus(Duration.ofDays(30))),
                Date.from(issuer.now().plus(Duration.ofDays(1000))),
                subject,
                keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        builder.addExtension(
                Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer.certificate()));
        if (withUrls) {
            ServiceUrlExtensions.addEndEntityUrls(builder, issuer.urls());
        } else {
            builder.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
        }
        X509Certificate certificate = sign(builder, issuer.key());
        return new ServiceIdentity(keys, certificate, List.of(certificate, issuer.certificate(), issuer.root()));
    }

    private static X509Certificate endEntity(KeyProfile profile, KeyPair keys, Issuer issuer)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = issuer.now();
        Instant notBefore =
                switch (profile.validity()) {
                    case EXPIRED -> now.minus(Duration.ofDays(400));
                    case NOT_YET_VALID -> now.plus(Duration.ofDays(30));
                    case CURRENT -> now.minus(Duration.ofDays(30));
                };
        Instant notAfter = profile.validity() == KeyProfile.Validity.EXPIRED
                ? now.minus(Duration.ofDays(1))
                : now.plus(Duration.ofDays(730));
        X500Name subject =
                name(profile.commonName(), profile.organisation(), profile.title(), profile.unit(), profile.uid());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer.name(), serial(), Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        int usage = profile.usage() == KeyProfile.Usage.SIGNING
                ? KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                : KeyUsage.keyEncipherment;
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
            KeyPurposeId.id_kp_emailProtection,
            KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.311.10.3.12"))
        }));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        builder.addExtension(
                Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer.certificate()));
        ServiceUrlExtensions.addEndEntityUrls(builder, issuer.urls());
        return sign(builder, issuer.key());
    }

    private static X509CRL crl(X500Name issuer, PrivateKey issuerKey, Instant now, Optional<BigInteger> revokedSerial)
            throws GeneralSecurityException, OperatorCreationException {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer, Date.from(now.minus(Duration.ofHours(1))));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        revokedSerial.ifPresent(serial ->
                builder.addCRLEntry(serial, Date.from(now.minus(Duration.ofDays(2))), CRLReason.keyCompromise));
        X509CRLHolder holder = builder.build(signer(issuerKey));
        return new JcaX509CRLConverter().getCRL(holder);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException, OperatorCreationException {
        return CONVERTER.getCertificate(builder.build(signer(issuerKey)));
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withRSA").build(key);
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).add(BigInteger.ONE);
    }

    private static KeyPair keyPair(KeyProfile.KeyKind kind) throws GeneralSecurityException {
        return switch (kind) {
            case RSA_1024 -> rsa(1024);
            case RSA_2048 -> rsa(2048);
            case RSA_3072 -> rsa(3072);
            case EC_P256 -> {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
                yield generator.generateKeyPair();
            }
        };
    }

    private static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits, RANDOM);
        return generator.generateKeyPair();
    }
}
