/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per rule of RFC 5280 path validation that {@link PathConstraints} enforces, each on a
 * path the builder would accept (names and signatures match), so only the rule can break it.
 */
class PathConstraintsTest {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final AtomicLong SERIAL = new AtomicLong(1);
    private static final Instant NOW = Instant.now();
    private static final Instant START = NOW.minus(Duration.ofDays(30));
    private static final Instant END = NOW.plus(Duration.ofDays(365));

    /** How one certificate of the path differs from a well-formed one. */
    private record Tweak(UnaryOperator<Spec> root, UnaryOperator<Spec> ca, UnaryOperator<Spec> leaf, String curve) {
        static Tweak none() {
            return new Tweak(s -> s, s -> s, s -> s, "secp256r1");
        }

        Tweak root(UnaryOperator<Spec> change) {
            return new Tweak(change, ca, leaf, curve);
        }

        Tweak ca(UnaryOperator<Spec> change) {
            return new Tweak(root, change, leaf, curve);
        }

        Tweak leaf(UnaryOperator<Spec> change) {
            return new Tweak(root, ca, change, curve);
        }

        Tweak curve(String name) {
            return new Tweak(root, ca, leaf, name);
        }
    }

    /** A certificate to issue. */
    private record Spec(
            String subject,
            Instant notBefore,
            Instant notAfter,
            Optional<BasicConstraints> basic,
            Optional<KeyUsage> usage,
            Optional<NameConstraints> names,
            boolean unknownCritical) {
        Spec basic(Optional<BasicConstraints> value) {
            return new Spec(subject, notBefore, notAfter, value, usage, names, unknownCritical);
        }

        Spec usage(KeyUsage value) {
            return new Spec(subject, notBefore, notAfter, basic, Optional.of(value), names, unknownCritical);
        }

        Spec names(NameConstraints value) {
            return new Spec(subject, notBefore, notAfter, basic, usage, Optional.of(value), unknownCritical);
        }

        Spec subject(String value) {
            return new Spec(value, notBefore, notAfter, basic, usage, names, unknownCritical);
        }

        Spec valid(Instant from, Instant to) {
            return new Spec(subject, from, to, basic, usage, names, unknownCritical);
        }

        Spec withUnknownCritical() {
            return new Spec(subject, notBefore, notAfter, basic, usage, names, true);
        }
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("well-formed chain", Tweak.none(), null, null),
                Arguments.of("well-formed Brainpool chain", Tweak.none().curve("brainpoolP256r1"), null, null),
                Arguments.of(
                        "issuing CA without basic constraints",
                        Tweak.none().ca(s -> s.basic(Optional.empty())),
                        "chain.notCa",
                        "Issuing CA"),
                Arguments.of(
                        "root allows no CA below it (pathLen 0)",
                        Tweak.none().root(s -> s.basic(Optional.of(new BasicConstraints(0)))),
                        "chain.pathLength",
                        "Issuing CA"),
                Arguments.of(
                        "issuing CA may not sign certificates",
                        Tweak.none().ca(s -> s.usage(new KeyUsage(KeyUsage.digitalSignature))),
                        "chain.caKeyUsage",
                        "Issuing CA"),
                Arguments.of(
                        "leaf outside the CA's permitted names",
                        Tweak.none()
                                .ca(s -> s.names(permitted("O=Ban Co yeu Chinh phu,C=VN")))
                                .leaf(s -> s.subject("CN=Nguyen Van A,O=Another agency,C=VN")),
                        "chain.nameConstraints",
                        "Nguyen Van A"),
                Arguments.of(
                        "leaf inside the CA's permitted names",
                        Tweak.none()
                                .ca(s -> s.names(permitted("O=Ban Co yeu Chinh phu,C=VN")))
                                .leaf(s -> s.subject("CN=Nguyen Van A,O=Ban Co yeu Chinh phu,C=VN")),
                        null,
                        null),
                Arguments.of(
                        "leaf with an unknown critical extension",
                        Tweak.none().leaf(Spec::withUnknownCritical),
                        "chain.criticalExtension",
                        "Nguyen Van A"),
                Arguments.of(
                        "issuing CA expired before the leaf began",
                        Tweak.none()
                                .ca(s -> s.valid(START.minus(Duration.ofDays(900)), START.minus(Duration.ofDays(400))))
                                .leaf(s -> s.valid(START.minus(Duration.ofDays(10)), END)),
                        "chain.validityNesting",
                        "Nguyen Van A"),
                Arguments.of(
                        "leaf outliving its CA (validity overlaps: shell model accepts the path)",
                        Tweak.none().leaf(s -> s.valid(START, END.plus(Duration.ofDays(3650)))),
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleOfPathValidationIsEnforcedWithItsOwnReason(
            String description, Tweak tweak, String expectedKey, String expectedCertificate) throws Exception {
        CertificatePath path = path(tweak);

        Optional<PathConstraints.Violation> violation = PathConstraints.check(path);

        if (expectedKey == null) {
            assertThat(violation).as(description).isEmpty();
        } else {
            assertThat(violation)
                    .as(description)
                    .contains(new PathConstraints.Violation(expectedKey, expectedCertificate));
        }
    }

    private static CertificatePath path(Tweak tweak) throws Exception {
        KeyPair rootKeys = keys(tweak.curve());
        KeyPair caKeys = keys(tweak.curve());
        KeyPair leafKeys = keys(tweak.curve());
        Spec rootSpec = tweak.root().apply(ca("CN=Test Root,O=VNSign tests,C=VN"));
        Spec caSpec = tweak.ca().apply(ca("CN=Issuing CA,O=VNSign tests,C=VN"));
        Spec leafSpec = tweak.leaf()
                .apply(new Spec(
                        "CN=Nguyen Van A,O=VNSign tests,C=VN",
                        START,
                        END,
                        Optional.empty(),
                        Optional.of(new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)),
                        Optional.empty(),
                        false));
        X509Certificate root = issue(rootSpec, rootKeys, rootSpec.subject(), rootKeys);
        X509Certificate issuing = issue(caSpec, caKeys, rootSpec.subject(), rootKeys);
        X509Certificate leaf = issue(leafSpec, leafKeys, caSpec.subject(), caKeys);
        return new CertificatePath(List.of(leaf, issuing, root), CertificatePath.Problem.NONE, "");
    }

    private static Spec ca(String subject) {
        return new Spec(
                subject,
                START.minus(Duration.ofDays(365)),
                END.plus(Duration.ofDays(365)),
                Optional.of(new BasicConstraints(true)),
                Optional.of(new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                Optional.empty(),
                false);
    }

    private static NameConstraints permitted(String subtree) {
        return new NameConstraints(
                new GeneralSubtree[] {new GeneralSubtree(new GeneralName(new X500Name(subtree)))}, null);
    }

    private static KeyPair keys(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static X509Certificate issue(Spec spec, KeyPair subjectKeys, String issuer, KeyPair issuerKeys)
            throws Exception {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(SERIAL.getAndIncrement()),
                Date.from(spec.notBefore()),
                Date.from(spec.notAfter()),
                new X500Name(spec.subject()),
                subjectKeys.getPublic());
        if (spec.basic().isPresent()) {
            builder.addExtension(Extension.basicConstraints, true, spec.basic().get());
        }
        if (spec.usage().isPresent()) {
            builder.addExtension(Extension.keyUsage, true, spec.usage().get());
        }
        if (spec.names().isPresent()) {
            builder.addExtension(Extension.nameConstraints, true, spec.names().get());
        }
        if (spec.unknownCritical()) {
            builder.addExtension(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"), true, new DERUTF8String("x"));
        }
        return new JcaX509CertificateConverter()
                .setProvider(BC)
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                        .setProvider(BC)
                        .build(issuerKeys.getPrivate())));
    }
}
