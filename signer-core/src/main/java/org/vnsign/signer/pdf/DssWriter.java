/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pdf;

import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDeveloperExtension;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfVersion;
import com.itextpdf.signatures.SignatureUtil;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vnsign.signer.online.ValidationData;

/**
 * Adds validation data to the document security store (ISO 32000-2 12.8.4.3, ETSI EN 319 142-1
 * 5.4) of a document opened in append mode: the certificates, OCSP responses and CRLs go into the
 * DSS arrays, each once, and each signature named gets a VRI entry (keyed by the SHA-1 of its
 * /Contents) pointing at its data. Unlike iText's {@code LtvVerification}, nothing already in the
 * DSS is removed: older data is what lets earlier archive time-stamps keep proving what they prove.
 */
final class DssWriter {
    private static final PdfName OCSP_RESPONSE_STREAMS = PdfName.OCSPs;

    private final PdfDocument document;
    private final PdfDictionary dss;
    private final Section certificates;
    private final Section ocsps;
    private final Section crls;

    DssWriter(PdfDocument document) {
        this.document = document;
        PdfDictionary catalog = document.getCatalog().getPdfObject();
        PdfDictionary existing = catalog.getAsDictionary(PdfName.DSS);
        this.dss = existing != null ? existing : new PdfDictionary();
        if (existing == null) {
            dss.makeIndirect(document);
            catalog.put(PdfName.DSS, dss);
        }
        catalog.setModified();
        dss.setModified();
        this.certificates = new Section(PdfName.Certs);
        this.ocsps = new Section(OCSP_RESPONSE_STREAMS);
        this.crls = new Section(PdfName.CRLs);
        if (document.getPdfVersion().compareTo(PdfVersion.PDF_2_0) < 0) {
            document.getCatalog().addDeveloperExtension(PdfDeveloperExtension.ESIC_1_7_EXTENSIONLEVEL5);
        }
    }

    /** Adds {@code data} for the signatures named (signature or document time-stamp fields). */
    void add(ValidationData data, List<String> signatureNames) {
        PdfArray certs = certificates.addAll(data.encodedCertificates());
        PdfArray ocsp =
                ocsps.addAll(data.ocsps().stream().map(OcspResponses::wrap).toList());
        PdfArray crl = crls.addAll(data.crls());
        SignatureUtil signatures = new SignatureUtil(document);
        PdfDictionary vris = dss.getAsDictionary(PdfName.VRI);
        if (vris == null) {
            vris = new PdfDictionary();
            vris.makeIndirect(document);
            dss.put(PdfName.VRI, vris);
        }
        vris.setModified();
        for (String name : signatureNames) {
            PdfName key = new PdfName(
                    vriKey(signatures.getSignature(name).getContents().getValueBytes()));
            PdfDictionary vri = vris.getAsDictionary(key);
            if (vri == null) {
                vri = new PdfDictionary();
                vri.makeIndirect(document);
                vris.put(key, vri);
            }
            vri.setModified();
            merge(vri, PdfName.Cert, certs);
            merge(vri, PdfName.OCSP, ocsp);
            merge(vri, PdfName.CRL, crl);
        }
    }

    private void merge(PdfDictionary vri, PdfName name, PdfArray additions) {
        if (additions.isEmpty()) {
            return;
        }
        PdfArray array = vri.getAsArray(name);
        if (array == null) {
            array = new PdfArray();
            array.makeIndirect(document);
            vri.put(name, array);
        }
        for (PdfObject item : additions) {
            if (!array.contains(item)) {
                array.add(item);
            }
        }
        array.setModified();
    }

    /** The VRI key: the upper-case hex SHA-1 of the signature's /Contents bytes. */
    static String vriKey(byte[] contents) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(contents))
                    .toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One DSS array, its streams indexed by the SHA-256 of their bytes so nothing goes in twice. */
    private final class Section {
        private final PdfArray array;
        private final Map<String, PdfStream> byContent = new HashMap<>();

        Section(PdfName name) {
            PdfArray existing = dss.getAsArray(name);
            if (existing == null) {
                existing = new PdfArray();
                existing.makeIndirect(document);
                dss.put(name, existing);
            }
            this.array = existing;
            for (int i = 0; i < array.size(); i++) {
                PdfStream stream = array.getAsStream(i);
                if (stream != null) {
                    byContent.put(sha256(stream.getBytes()), stream);
                }
            }
        }

        /** The streams holding {@code items}, added to the array where new. */
        PdfArray addAll(List<byte[]> items) {
            PdfArray streams = new PdfArray();
            for (byte[] item : items) {
                PdfStream stream = byContent.computeIfAbsent(sha256(item), key -> {
                    PdfStream created = new PdfStream(item);
                    created.setCompressionLevel(CompressionConstants.DEFAULT_COMPRESSION);
                    created.makeIndirect(document);
                    array.add(created);
                    array.setModified();
                    return created;
                });
                streams.add(stream);
            }
            return streams;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
