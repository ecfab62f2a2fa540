/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo token: a PKCS#12 file with a key and a certificate that says, in its own name, that it
 * has no legal value ("DEMO — không có giá trị pháp lý"), issued by a demo root made on this
 * machine, plus demo signature, seal and initial images. Generated once in the user's data folder,
 * so a newcomer can try every flow without a USB token. Everything signed with it carries the
 * {@link #WATERMARK} in its appearance.
 */
public final class DemoToken {
    /** The demo token's PIN (its PKCS#12 password), shown to the user in the PIN dialog. */
    public static final String PIN = "123456";
    /** Stamped across every appearance signed with the demo key. */
    public static final String WATERMARK = "DEMO — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ";
    /** The demo certificate's organisation, how the app recognises demo certificates. */
    public static final String ORGANISATION = "DEMO — không có giá trị pháp lý";

    private static final Logger LOG = LoggerFactory.getLogger(DemoToken.class);
    private static final Duration ROOT_VALIDITY = Duration.ofDays(5 * 365);
    /** Short-lived, as RFC 9608 intends for certificates without revocation data; renewed when near its end. */
    private static final Duration SIGNER_VALIDITY = Duration.ofDays(365);
    /** RFC 9608 id-ce-noRevAvail: the demo CA publishes no revocation data, and says so. */
    private static final ASN1ObjectIdentifier NO_REVOCATION_AVAILABLE = new ASN1ObjectIdentifier("2.5.29.56");

    private final Path folder;
    private volatile List<X509Certificate> chain;

    private DemoToken(Path folder) {
        this.folder = folder;
    }

    /** The demo token in {@code dataFolder/demo}, generated there when missing or expired. */
    public static DemoToken in(Path dataFolder) throws IOException {
        DemoToken token = new DemoToken(dataFolder.resolve("demo"));
        if (!token.isComplete()) {
            token.generate();
        }
        return token;
    }

    public Path keyStore() {
        return folder.resolve("demo-token.p12");
    }

    /** The demo root, which the app trusts so that demo signatures can be verified on this machine. */
    public Path root() {
        return folder.resolve("demo-root.crt");
    }

    public Path signatureImage() {
        return folder.resolve("demo-signature.png");
    }

    public Path sealImage() {
        return folder.resolve("demo-seal.png");
    }

    public Path initialImage() {
        return folder.resolve("demo-initial.png");
    }

    public X509Certificate rootCertificate() throws IOException {
        try (var in = Files.newInputStream(root())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (GeneralSecurityException e) {
            throw new IOException("the demo root is unreadable: " + root(), e);
        }
    }

    /**
     * The demo certificate and its root, read without a session: the desktop plans the preview of
     * marks with it before the user has logged in to any token (the PIN is public, nothing is signed).
     */
    public List<X509Certificate> chain() throws IOException {
        List<X509Certificate> known = chain;
        if (known == null) {
            known = readChain();
            chain = known;
        }
        return known;
    }

    /** Read once per token: every plan before login asks, and the key store's PBKDF is slow on purpose. */
    private List<X509Certificate> readChain() throws IOException {
        try (var in = Files.newInputStream(keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PIN.toCharArray());
            return java.util.Arrays.stream(store.getCertificateChain("demo"))
                    .map(X509Certificate.class::cast)
                    .toList();
        } catch (GeneralSecurityException e) {
            throw new IOException("the demo token is unreadable: " + keyStore(), e);
        }
    }

    private boolean isComplete() {
        if (!Files.isRegularFile(keyStore())
                || !Files.isRegularFile(root())
                || !Files.isRegularFile(signatureImage())
                || !Files.isRegularFile(sealImage())
                || !Files.isRegularFile(initialImage())) {
            return false;
        }
        try {
            Date soon = Date.from(Instant.now().plus(Duration.ofDays(30)));
            rootCertificate().checkValidity(soon);
            return signerValidAt(soon);
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    private boolean signerValidAt(Date soon) throws IOException, GeneralSecurityException {
        readChain().get(0).checkValidity(soon);
        return true;
    }

    private void generate() throws IOException {
        LOG.info("Generating the demo token in {}", folder);
        Files.createDirectories(folder);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair rootKeys = generator.generateKeyPair();
            KeyPair signerKeys = generator.generateKeyPair();
            X500Name rootName = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.O, ORGANISATION)
                    .addRDN(BCStyle.CN, "VNSign DEMO Root CA")
                    .build();
            X500Name signerName = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.O, ORGANISATION)
                    .addRDN(BCStyle.T, "Người dùng thử")
                    .addRDN(BCStyle.CN, "NGƯỜI DÙNG THỬ DEMO")
                    .build();
            Instant now = Instant.now().minus(Duration.ofDays(1));
            X509Certificate root = certificate(rootName, rootName, rootKeys.getPublic(), rootKeys, now, true);
            X509Certificate signer = certificate(rootName, signerName, signerKeys.getPublic(), rootKeys, now, false);
            writeKeyStore(signerKeys.getPrivate(), signer, root);
            Files.write(root(), root.getEncoded());
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("could not generate the demo token", e);
        }
        Files.write(signatureImage(), DemoImages.signature());
        Files.write(sealImage(), DemoImages.seal());
        Files.write(initialImage(), DemoImages.initial());
    }

    private static X509Certificate certificate(
            X500Name issuer, X500Name subject, PublicKey key, KeyPair issuerKeys, Instant from, boolean authority)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        issuer,
                        new BigInteger(64, new SecureRandom()),
                        Date.from(from),
                        Date.from(from.plus(authority ? ROOT_VALIDITY : SIGNER_VALIDITY)),
                        subject,
                        key)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                .addExtension(
                        Extension.keyUsage,
                        true,
                        new KeyUsage(
                                authority
                                        ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                        : KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
                .addExtension(
                        Extension.authorityKeyIdentifier,
                        false,
                        extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        if (!authority) {
            builder.addExtension(NO_REVOCATION_AVAILABLE, false, DERNull.INSTANCE);
        }
        PrivateKey signingKey = issuerKeys.getPrivate();
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey)));
    }

    private void writeKeyStore(PrivateKey key, X509Certificate signer, X509Certificate root)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("demo", key, PIN.toCharArray(), new X509Certificate[] {signer, root});
        Path temporary = keyStore().resolveSibling("demo-token.p12.part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, PIN.toCharArray());
        }
        Files.move(temporary, keyStore(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
