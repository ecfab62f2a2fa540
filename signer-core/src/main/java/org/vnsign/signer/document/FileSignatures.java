/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.math.BigInteger;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.online.Fingerprints;
import org.vnsign.signer.online.RevocationAnswers;

/**
 * The signatures and document time-stamps already in a PDF, and the validation data its DSS
 * already holds: what an extension must cover, and what it need not fetch again.
 */
public final class FileSignatures {
    private static final Logger LOG = LoggerFactory.getLogger(FileSignatures.class);

    /** One signature or document time-stamp: its field, its certificates, its time-stamp's time. */
    public record Entry(
            String name, boolean documentTimestamp, List<X509Certificate> certificates, Optional<Instant> time) {}

    private final List<Entry> entries;
    private final List<X509Certificate> dssCertificates;
    private final Map<String, Instant> ocspProducedAt;
    private final Map<X500Principal, Instant> crlValidUntil;
    private final Set<String> dssContent;

    private FileSignatures(
            List<Entry> entries,
            List<X509Certificate> dssCertificates,
            Map<String, Instant> ocspProducedAt,
            Map<X500Principal, Instant> crlValidUntil,
            Set<String> dssContent) {
        this.entries = entries;
        this.dssCertificates = dssCertificates;
        this.ocspProducedAt = ocspProducedAt;
        this.crlValidUntil = crlValidUntil;
        this.dssContent = dssContent;
    }

    public static FileSignatures read(PdfDocument document) {
        SignatureUtil util = new SignatureUtil(document);
        List<Entry> entries = new ArrayList<>();
        for (String name : util.getSignatureNames()) {
            PdfPKCS7 pkcs7 = util.readSignatureData(name);
            List<X509Certificate> certificates = new ArrayList<>();
            addAll(certificates, pkcs7.getCertificates());
            if (!pkcs7.isTsp() && pkcs7.getTimestampCertificates() != null) {
                addAll(certificates, pkcs7.getTimestampCertificates());
            }
            Optional<Instant> time = pkcs7.getTimeStampTokenInfo() != null
                    ? Optional.of(pkcs7.getTimeStampDate().toInstant())
                    : Optional.empty();
            entries.add(new Entry(name, pkcs7.isTsp(), certificates, time));
        }
        DssContent dss = DssContent.read(document);
        List<X509Certificate> certificates = dss.parsedCertificates();
        Map<String, Instant> ocsp = new HashMap<>();
        Map<X500Principal, Instant> crls = new HashMap<>();
        Set<String> content = new HashSet<>();
        dss.certificates().forEach(bytes -> content.add(Fingerprints.sha256Hex(bytes)));
        for (byte[] bytes : dss.ocsps()) {
            content.add(Fingerprints.sha256Hex(bytes));
            ocspSerials(bytes, ocsp);
        }
        for (byte[] bytes : dss.crls()) {
            content.add(Fingerprints.sha256Hex(bytes));
            RevocationAnswers.parseCrl(bytes)
                    .filter(crl -> crl.getNextUpdate() != null)
                    .ifPresent(crl -> crls.merge(
                            crl.getIssuerX500Principal(), crl.getNextUpdate().toInstant(), FileSignatures::later));
        }
        return new FileSignatures(entries, certificates, ocsp, crls, content);
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<X509Certificate> dssCertificates() {
        return dssCertificates;
    }

    /**
     * Whether the DSS already proves the certificate's status at {@code time}: an OCSP answer about
     * it produced at or after that time, or a CRL of its issuer still current then. Older data
     * stays in the file but proves nothing about a later time-stamp.
     */
    public boolean covers(X509Certificate certificate, Instant time) {
        Instant produced =
                ocspProducedAt.get(ocspKey(certificate.getIssuerX500Principal(), certificate.getSerialNumber()));
        Instant until = crlValidUntil.get(certificate.getIssuerX500Principal());
        return (produced != null && !produced.isBefore(time)) || (until != null && !until.isBefore(time));
    }

    /** Whether the DSS already holds these exact bytes (a certificate, an OCSPResponse, a CRL). */
    public boolean holds(byte[] item) {
        return dssContent.contains(Fingerprints.sha256Hex(item));
    }

    /** The newest time-stamp in the file: revocation data older than it proves less. */
    public Optional<Instant> newestTime() {
        return entries.stream().flatMap(e -> e.time().stream()).max(Instant::compareTo);
    }

    /** Whether every signature is time-stamped, by its own time-stamp or a later document time-stamp. */
    public boolean allTimestamped() {
        boolean laterDocumentTimestamp = false;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if (entry.documentTimestamp()) {
                laterDocumentTimestamp = true;
            } else if (entry.time().isEmpty() && !laterDocumentTimestamp) {
                return false;
            }
        }
        return true;
    }

    private static void addAll(List<X509Certificate> into, Certificate[] certificates) {
        for (Certificate certificate : certificates) {
            if (certificate instanceof X509Certificate x509 && !into.contains(x509)) {
                into.add(x509);
            }
        }
    }

    /** Records the certificates an OCSP response (or a bare BasicOCSPResponse) answers about, and when. */
    private static void ocspSerials(byte[] bytes, Map<String, Instant> into) {
        RevocationAnswers.basic(bytes).ifPresent(basic -> {
            for (SingleResp single : basic.getResponses()) {
                into.merge(
                        ocspKey(
                                single.getCertID().getIssuerNameHash(),
                                single.getCertID().getSerialNumber()),
                        single.getThisUpdate().toInstant(),
                        FileSignatures::later);
            }
        });
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String ocspKey(X500Principal issuer, BigInteger serial) {
        return ocspKey(Fingerprints.sha1(issuer.getEncoded()), serial);
    }

    private static String ocspKey(byte[] issuerNameHash, BigInteger serial) {
        return HexFormat.of().formatHex(issuerNameHash) + "/" + serial.toString(16);
    }
}
