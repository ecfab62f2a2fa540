/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a person needs to know to choose a certificate: who it names, who issued it, for how long,
 * for what, and a fingerprint to tell two apart.
 *
 * @param subject the certificate holder
 * @param issuer the issuing CA
 * @param serialNumber serial number in upper-case hex
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param keyUsage key usage names (RFC 5280 order), empty when the extension is absent
 * @param extendedKeyUsage extended key usages by name where known, else by OID
 * @param sha256Fingerprint SHA-256 of the DER certificate, upper-case hex
 * @param keyAlgorithm RSA or EC
 * @param keySize RSA modulus or EC field size in bits
 */
public record CertificateInfo(
        DistinguishedName subject,
        DistinguishedName issuer,
        String serialNumber,
        Instant notBefore,
        Instant notAfter,
        List<String> keyUsage,
        List<String> extendedKeyUsage,
        String sha256Fingerprint,
        String keyAlgorithm,
        int keySize) {
    private static final String[] KEY_USAGE_NAMES = {
        "digitalSignature",
        "nonRepudiation",
        "keyEncipherment",
        "dataEncipherment",
        "keyAgreement",
        "keyCertSign",
        "cRLSign",
        "encipherOnly",
        "decipherOnly"
    };
    private static final Map<String, String> EKU_NAMES = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth",
            "1.3.6.1.5.5.7.3.2", "clientAuth",
            "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.4", "emailProtection",
            "1.3.6.1.5.5.7.3.8", "timeStamping",
            "1.3.6.1.5.5.7.3.9", "OCSPSigning",
            "1.3.6.1.4.1.311.10.3.12", "documentSigning",
            "1.2.840.113583.1.1.5", "adobePdfSigning");

    public CertificateInfo {
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
    }

    /** Reads the fields of a certificate. */
    public static CertificateInfo of(X509Certificate certificate) throws TokenException {
        try {
            return new CertificateInfo(
                    DistinguishedName.of(certificate.getSubjectX500Principal()),
                    DistinguishedName.of(certificate.getIssuerX500Principal()),
                    certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                    certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(),
                    keyUsage(certificate),
                    extendedKeyUsage(certificate),
                    HexFormat.of()
                            .withUpperCase()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())),
                    certificate.getPublicKey().getAlgorithm(),
                    keySize(certificate.getPublicKey()));
        } catch (CertificateEncodingException | CertificateParsingException | IllegalArgumentException e) {
            throw new TokenException(ErrorCode.CERTIFICATE_UNREADABLE, e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    /** Why this certificate is a poor choice at {@code now}; empty when it is fine for signing. */
    public Set<CertificateFlag> flagsAt(Instant now) {
        Set<CertificateFlag> flags = EnumSet.noneOf(CertificateFlag.class);
        if (now.isAfter(notAfter)) {
            flags.add(CertificateFlag.EXPIRED);
        }
        if (now.isBefore(notBefore)) {
            flags.add(CertificateFlag.NOT_YET_VALID);
        }
        if (!keyUsage.isEmpty() && !keyUsage.contains("digitalSignature") && !keyUsage.contains("nonRepudiation")) {
            flags.add(CertificateFlag.NOT_FOR_SIGNING);
        }
        return flags;
    }

    private static List<String> keyUsage(X509Certificate certificate) {
        boolean[] bits = certificate.getKeyUsage();
        List<String> names = new ArrayList<>();
        if (bits != null) {
            for (int i = 0; i < bits.length && i < KEY_USAGE_NAMES.length; i++) {
                if (bits[i]) {
                    names.add(KEY_USAGE_NAMES[i]);
                }
            }
        }
        return names;
    }

    private static List<String> extendedKeyUsage(X509Certificate certificate) throws CertificateParsingException {
        List<String> oids = certificate.getExtendedKeyUsage();
        return oids == null
                ? List.of()
                : oids.stream().map(oid -> EKU_NAMES.getOrDefault(oid, oid)).toList();
    }

    private static int keySize(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        return 0;
    }
}
