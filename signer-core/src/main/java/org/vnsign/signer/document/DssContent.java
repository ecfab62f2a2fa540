/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.online.Fingerprints;

/**
 * The raw validation data of a document's DSS (ISO 32000-2 12.8.4.3): certificates, OCSP
 * responses and CRLs of the top-level arrays and of every VRI entry, each once.
 */
public record DssContent(List<byte[]> certificates, List<byte[]> ocsps, List<byte[]> crls) {
    private static final Logger LOG = LoggerFactory.getLogger(DssContent.class);

    public static DssContent read(PdfDocument document) {
        PdfDictionary dss = document.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS);
        Map<String, byte[]> certificates = new LinkedHashMap<>();
        Map<String, byte[]> ocsps = new LinkedHashMap<>();
        Map<String, byte[]> crls = new LinkedHashMap<>();
        if (dss != null) {
            collect(dss, certificates, ocsps, crls);
            PdfDictionary vri = dss.getAsDictionary(PdfName.VRI);
            if (vri != null) {
                for (PdfName key : vri.keySet()) {
                    PdfDictionary entry = vri.getAsDictionary(key);
                    if (entry != null) {
                        collectVri(entry, certificates, ocsps, crls);
                    }
                }
            }
        }
        return new DssContent(
                List.copyOf(certificates.values()), List.copyOf(ocsps.values()), List.copyOf(crls.values()));
    }

    /** The certificates that parse. */
    public List<X509Certificate> parsedCertificates() {
        List<X509Certificate> all = new ArrayList<>();
        for (byte[] bytes : certificates) {
            parseCertificate(bytes).ifPresent(all::add);
        }
        return all;
    }

    static Optional<X509Certificate> parseCertificate(byte[] bytes) {
        try {
            return Optional.of((X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(bytes)));
        } catch (GeneralSecurityException | RuntimeException e) {
            LOG.debug("A certificate is unreadable; skipped", e);
            return Optional.empty();
        }
    }

    private static void collect(
            PdfDictionary dss, Map<String, byte[]> certificates, Map<String, byte[]> ocsps, Map<String, byte[]> crls) {
        add(dss.getAsArray(PdfName.Certs), certificates);
        add(dss.getAsArray(PdfName.OCSPs), ocsps);
        add(dss.getAsArray(PdfName.CRLs), crls);
    }

    private static void collectVri(
            PdfDictionary vri, Map<String, byte[]> certificates, Map<String, byte[]> ocsps, Map<String, byte[]> crls) {
        add(vri.getAsArray(PdfName.Cert), certificates);
        add(vri.getAsArray(PdfName.OCSP), ocsps);
        add(vri.getAsArray(PdfName.CRL), crls);
    }

    private static void add(PdfArray array, Map<String, byte[]> into) {
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            PdfStream stream = array.getAsStream(i);
            if (stream != null) {
                try {
                    byte[] bytes = stream.getBytes();
                    into.putIfAbsent(Fingerprints.sha256Hex(bytes), bytes);
                } catch (RuntimeException e) {
                    LOG.debug("A DSS stream cannot be decoded; it holds no usable data", e);
                    // An undecodable stream holds no usable data.
                }
            }
        }
    }
}
