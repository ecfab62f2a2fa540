/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.bouncycastle.util.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.document.SignedBytes;
import org.vnsign.signer.online.RevocationAnswers;
import org.vnsign.signer.verify.SubIndication;

/**
 * Checks the CMS of a PDF signature or document time-stamp against the bytes it covers, reading
 * them once as a stream. Separates the failures the way ETSI EN 319 102-1 does: an unreadable
 * structure (FORMAT_FAILURE), a digest that does not match (HASH_FAILURE), a signature value that
 * does not verify (SIG_CRYPTO_FAILURE), a signer certificate that is missing or is not the one
 * the signed attributes name (NO_SIGNING_CERTIFICATE_FOUND).
 */
public final class CmsCheck {
    private static final Logger LOG = LoggerFactory.getLogger(CmsCheck.class);
    /** Adobe's revocation-info archival attribute: CRLs and OCSP answers embedded at signing. */
    private static final ASN1ObjectIdentifier ADBE_REVOCATION = new ASN1ObjectIdentifier("1.2.840.113583.1.1.8");

    private static final DefaultAlgorithmNameFinder NAMES = new DefaultAlgorithmNameFinder();

    private CmsCheck() {}

    /** Checks a signature ({@code adbe.pkcs7.detached} or {@code ETSI.CAdES.detached}). */
    public static CmsFacts signature(byte[] contents, SignedBytes content) {
        return signature(contents, content, List.of());
    }

    /**
     * Checks a signature whose signer's certificate may also be among {@code elsewhere} (the file's
     * DSS). Several certificates can answer the signer's identifier (issuer and serial number; test
     * PKIs and careless CAs reuse serials): each is tried, the CMS's own first, and the one whose
     * key verifies the signature is the signer's, as EU DSS does.
     */
    public static CmsFacts signature(byte[] contents, SignedBytes content, List<X509Certificate> elsewhere) {
        CMSSignedData cms;
        try {
            cms = new CMSSignedData(new StreamedContent(content), contents);
        } catch (CMSException | RuntimeException e) {
            LOG.debug("The signature is not a readable CMS SignedData: FORMAT_FAILURE", e);
            return CmsFacts.failed(SubIndication.FORMAT_FAILURE, "the signature is not a readable CMS SignedData");
        }
        if (cms.getSignerInfos().size() != 1) {
            return CmsFacts.failed(
                    SubIndication.FORMAT_FAILURE,
                    "the CMS has " + cms.getSignerInfos().size() + " signers, not one");
        }
        if (SignatureValues.encapsulatesContent(cms)) {
            // ISO 32000-2 12.8.3.3: a detached PDF signature signs the ByteRange, never content of its own.
            return CmsFacts.failed(SubIndication.FORMAT_FAILURE, "the detached signature carries encapsulated content");
        }
        SignerInformation signer = cms.getSignerInfos().iterator().next();
        List<X509Certificate> certificates = certificates(cms.getCertificates());
        List<X509Certificate> candidates = new ArrayList<>();
        for (X509Certificate candidate : SignatureValues.concat(certificates, elsewhere)) {
            if (signer.getSID().match(holder(candidate)) && !candidates.contains(candidate)) {
                candidates.add(candidate);
            }
        }
        Optional<X509Certificate> signerCertificate = candidates.stream().findFirst();
        AttributeTable signed = signer.getSignedAttributes();
        List<byte[]> crls = new ArrayList<>(crls(cms.getCRLs()));
        List<byte[]> ocsps = new ArrayList<>();
        Optional<Instant> claimed = Optional.empty();
        if (signed != null) {
            archived(signed.get(ADBE_REVOCATION), crls, ocsps);
            Attribute time = signed.get(CMSAttributes.signingTime);
            if (time != null) {
                claimed = Optional.of(Time.getInstance(time.getAttrValues().getObjectAt(0))
                        .getDate()
                        .toInstant());
            }
        }
        Optional<TimeStampToken> timestamp = signatureTimestamp(signer);
        String digest = name(signer.getDigestAlgorithmID());
        String algorithm = NAMES.getAlgorithmName(new ASN1ObjectIdentifier(signer.getEncryptionAlgOID()));
        CmsFacts facts = CmsFacts.builder()
                .signer(signerCertificate)
                .certificates(certificates)
                .crls(crls)
                .ocsps(ocsps)
                .digestAlgorithm(digest)
                .signatureAlgorithm(algorithm)
                .claimedTime(claimed)
                .signatureTimestamp(timestamp)
                .signatureValue(signer.getSignature())
                .build();
        if (signerCertificate.isEmpty()) {
            return facts.failing(
                    SubIndication.NO_SIGNING_CERTIFICATE_FOUND, "the CMS does not hold the signer's certificate");
        }
        if (signed == null || signed.get(CMSAttributes.contentType) == null) {
            return facts.failing(SubIndication.FORMAT_FAILURE, "the signed attributes lack the content type");
        }
        List<X509Certificate> referenced = candidates.stream()
                .filter(c -> signingCertificateMismatch(signed, c).isEmpty())
                .toList();
        if (referenced.isEmpty()) {
            return facts.failing(
                    SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
                    signingCertificateMismatch(signed, signerCertificate.get()).orElse("no certificate matches"));
        }
        CmsFacts result = facts;
        for (X509Certificate candidate : referenced) {
            result = SignatureValues.verified(signer, facts.withSigner(candidate), candidate);
            if (result.intact() || result.failure().get() == SubIndication.HASH_FAILURE) {
                return result;
            }
        }
        return result;
    }

    /** Checks a document time-stamp ({@code ETSI.RFC3161}): its imprint of the covered bytes and its signature. */
    public static CmsFacts documentTimestamp(byte[] contents, SignedBytes content) {
        TimeStampToken token;
        try {
            token = new TimeStampToken(new CMSSignedData(contents));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            LOG.debug("The document time-stamp is not an RFC 3161 token: FORMAT_FAILURE", e);
            return CmsFacts.failed(SubIndication.FORMAT_FAILURE, "the document time-stamp is not an RFC 3161 token");
        }
        List<X509Certificate> certificates = certificates(token.getCertificates());
        Optional<X509Certificate> authority = tokenSigner(token, certificates);
        TimeStampTokenInfo info = token.getTimeStampInfo();
        Instant provenTime = info.getGenTime().toInstant();
        CmsFacts facts = CmsFacts.builder()
                .signer(authority)
                .certificates(certificates)
                .digestAlgorithm(name(info.getHashAlgorithm()))
                .signatureAlgorithm(NAMES.getAlgorithmName(new ASN1ObjectIdentifier(token.toCMSSignedData()
                        .getSignerInfos()
                        .iterator()
                        .next()
                        .getEncryptionAlgOID())))
                .claimedTime(Optional.of(provenTime))
                .timestampTime(Optional.of(provenTime))
                .build();
        try {
            byte[] actual = digest(info.getHashAlgorithm(), content);
            if (!Arrays.equals(actual, info.getMessageImprintDigest())) {
                return facts.failing(SubIndication.HASH_FAILURE, "the time-stamped bytes do not match the imprint");
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            LOG.debug("The time-stamped bytes cannot be digested: FORMAT_FAILURE", e);
            return facts.failing(
                    SubIndication.FORMAT_FAILURE, "cannot digest the time-stamped bytes: " + e.getMessage());
        }
        if (authority.isEmpty()) {
            return facts.failing(
                    SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
                    "the time-stamp does not hold its signer's certificate");
        }
        return tokenSignatureValid(token, authority.get())
                ? facts
                : facts.failing(SubIndication.SIG_CRYPTO_FAILURE, "the time-stamp's signature does not verify");
    }

    /** The certificate among {@code candidates} that the token names as its signer. */
    static Optional<X509Certificate> tokenSigner(TimeStampToken token, List<X509Certificate> candidates) {
        return candidates.stream().filter(c -> token.getSID().match(holder(c))).findFirst();
    }

    /** Whether the token is signed by {@code authority}'s key. */
    static boolean tokenSignatureValid(TimeStampToken token, X509Certificate authority) {
        try {
            return token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(SignatureValues.PROVIDER)
                    .build(authority));
        } catch (TSPException | OperatorCreationException | RuntimeException e) {
            LOG.debug("The time-stamp token cannot be checked against its authority certificate; not valid", e);
            return false;
        }
    }

    /** The certificates a CMS or token carries, the unreadable ones left out. */
    static List<X509Certificate> certificates(Store<X509CertificateHolder> store) {
        return RevocationAnswers.certificates(store.getMatches(null).toArray(new X509CertificateHolder[0]));
    }

    static byte[] digest(AlgorithmIdentifier algorithm, SignedBytes content)
            throws IOException, NoSuchAlgorithmException {
        MessageDigest digest =
                MessageDigest.getInstance(algorithm.getAlgorithm().getId());
        try (InputStream in = content.open()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    private static Optional<TimeStampToken> signatureTimestamp(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute =
                unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TimeStampToken(
                    ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0))));
        } catch (TSPException | IOException | RuntimeException e) {
            LOG.debug("The signature time-stamp attribute is unreadable; it proves no time", e);
            return Optional.empty();
        }
    }

    /** The first ESSCertID(v2) must be the signer's certificate: else another certificate could be swapped in. */
    private static Optional<String> signingCertificateMismatch(AttributeTable signed, X509Certificate signer) {
        try {
            Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(
                                v2.getAttrValues().getObjectAt(0))
                        .getCerts()[0];
                byte[] hash = MessageDigest.getInstance(
                                id.getHashAlgorithm().getAlgorithm().getId())
                        .digest(signer.getEncoded());
                return Arrays.equals(hash, id.getCertHash())
                        ? Optional.empty()
                        : Optional.of("the signing-certificate-v2 attribute names another certificate");
            }
            Attribute v1 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0))
                        .getCerts()[0];
                byte[] hash = MessageDigest.getInstance(OIWObjectIdentifiers.idSHA1.getId())
                        .digest(signer.getEncoded());
                return Arrays.equals(hash, id.getCertHash())
                        ? Optional.empty()
                        : Optional.of("the signing-certificate attribute names another certificate");
            }
            return Optional.empty();
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            LOG.debug("The signing-certificate attribute is unreadable: NO_SIGNING_CERTIFICATE_FOUND", e);
            return Optional.of("the signing-certificate attribute is unreadable");
        }
    }

    private static void archived(Attribute attribute, List<byte[]> crls, List<byte[]> ocsps) {
        if (attribute == null) {
            return;
        }
        try {
            ASN1Sequence archival =
                    ASN1Sequence.getInstance(attribute.getAttrValues().getObjectAt(0));
            for (ASN1Encodable element : archival) {
                ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(element);
                ASN1Sequence items = ASN1Sequence.getInstance(tagged.getExplicitBaseObject());
                for (ASN1Encodable item : items) {
                    if (tagged.getTagNo() == 0) {
                        crls.add(item.toASN1Primitive().getEncoded());
                    } else if (tagged.getTagNo() == 1) {
                        ocsps.add(item.toASN1Primitive().getEncoded());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Archived revocation data in the CMS is unreadable; it proves nothing", e);
            // Unreadable archived revocation data proves nothing; the DSS or the cache may.
        }
    }

    private static List<byte[]> crls(Store<X509CRLHolder> store) {
        List<byte[]> all = new ArrayList<>();
        for (X509CRLHolder holder : store.getMatches(null)) {
            try {
                all.add(holder.getEncoded());
            } catch (IOException e) {
                LOG.debug("A CRL in the CMS cannot be encoded; skipped", e);
                // Skipped like an unreadable archived CRL.
            }
        }
        return all;
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String name(AlgorithmIdentifier digest) {
        ASN1ObjectIdentifier oid = digest.getAlgorithm();
        if (oid.equals(OIWObjectIdentifiers.idSHA1)) {
            return "SHA-1";
        }
        if (oid.equals(NISTObjectIdentifiers.id_sha256)) {
            return "SHA-256";
        }
        if (oid.equals(NISTObjectIdentifiers.id_sha384)) {
            return "SHA-384";
        }
        if (oid.equals(NISTObjectIdentifiers.id_sha512)) {
            return "SHA-512";
        }
        return NAMES.getAlgorithmName(oid);
    }

    /** Streams the covered bytes into BC's digest when it verifies. */
    private record StreamedContent(SignedBytes content) implements CMSTypedData, CMSProcessable {
        @Override
        public ASN1ObjectIdentifier getContentType() {
            return PKCSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            try (InputStream in = content.open()) {
                in.transferTo(out);
            }
        }

        @Override
        public Object getContent() {
            return content;
        }
    }
}
