/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.longterm;

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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vnsign.signer.document.OcspResponses;
import org.vnsign.signer.online.Fingerprints;
import org.vnsign.signer.online.ValidationData;

/**
 * Adds validation data to the document security store (ISO 32000-2 12.8.4.3, ETSI EN 319 142-1
 * 5.4) of a document opened in append mode: the certificates, OCSP responses and CRLs go into the
 * DSS arrays, each once, and each signature named gets a VRI entry (keyed by the SHA-1 of its
 * /Contents) pointing at its data. Unlike iText's {@code LtvVerification}, nothing already in the
 * DSS is removed: older data is what lets earlier archive time-stamps keep proving what they prove.
 */
final class DssWriter {
    private final PdfDocument document;
    private final SignatureUtil signatures;
    private final PdfDictionary vris;
    private final Section certificates;
    private final Section ocsps;
    private final Section crls;

    DssWriter(PdfDocument document) {
        this.document = document;
        this.signatures = new SignatureUtil(document);
        PdfDictionary catalog = document.getCatalog().getPdfObject();
        catalog.setModified();
        PdfDictionary dss = child(catalog, PdfName.DSS, PdfDictionary::new);
        this.vris = child(dss, PdfName.VRI, PdfDictionary::new);
        this.certificates = new Section(child(dss, PdfName.Certs, PdfArray::new));
        this.ocsps = new Section(child(dss, PdfName.OCSPs, PdfArray::new));
        this.crls = new Section(child(dss, PdfName.CRLs, PdfArray::new));
        if (document.getPdfVersion().compareTo(PdfVersion.PDF_2_0) < 0) {
            document.getCatalog().addDeveloperExtension(PdfDeveloperExtension.ESIC_1_7_EXTENSIONLEVEL5);
        }
    }

    /** Adds {@code data} for one signature or document time-stamp field. */
    void add(ValidationData data, String signatureName) {
        PdfArray certs = certificates.addAll(data.encodedCertificates());
        PdfArray ocsp =
                ocsps.addAll(data.ocsps().stream().map(OcspResponses::wrap).toList());
        PdfArray crl = crls.addAll(data.crls());
        byte[] contents = signatures.getSignature(signatureName).getContents().getValueBytes();
        PdfDictionary vri = child(vris, new PdfName(vriKey(contents)), PdfDictionary::new);
        merge(vri, PdfName.Cert, certs);
        merge(vri, PdfName.OCSP, ocsp);
        merge(vri, PdfName.CRL, crl);
    }

    private void merge(PdfDictionary vri, PdfName name, PdfArray additions) {
        if (additions.isEmpty()) {
            return;
        }
        PdfArray array = child(vri, name, PdfArray::new);
        for (PdfObject item : additions) {
            if (!array.contains(item)) {
                array.add(item);
            }
        }
    }

    /**
     * The entry {@code name} of {@code parent}, created as a new indirect object when absent, and
     * marked modified either way: in append mode only modified objects are written again.
     */
    private <T extends PdfObject> T child(PdfDictionary parent, PdfName name, Supplier<T> create) {
        PdfObject existing = parent.get(name);
        @SuppressWarnings("unchecked")
        T child = existing != null ? (T) existing : create.get();
        if (existing == null) {
            child.makeIndirect(document);
            parent.put(name, child);
        }
        child.setModified();
        return child;
    }

    /** The VRI key: the upper-case hex SHA-1 of the signature's /Contents bytes. */
    static String vriKey(byte[] contents) {
        return HexFormat.of().withUpperCase().formatHex(Fingerprints.sha1(contents));
    }

    /** One DSS array, its streams indexed by the SHA-256 of their bytes so nothing goes in twice. */
    private final class Section {
        private final PdfArray array;
        private final Map<String, PdfStream> byContent = new HashMap<>();

        Section(PdfArray array) {
            this.array = array;
            for (int i = 0; i < array.size(); i++) {
                PdfStream stream = array.getAsStream(i);
                if (stream != null) {
                    byContent.put(Fingerprints.sha256Hex(stream.getBytes()), stream);
                }
            }
        }

        /** The streams holding {@code items}, added to the array where new. */
        PdfArray addAll(List<byte[]> items) {
            PdfArray streams = new PdfArray();
            for (byte[] item : items) {
                streams.add(byContent.computeIfAbsent(Fingerprints.sha256Hex(item), key -> {
                    PdfStream created = new PdfStream(item);
                    created.setCompressionLevel(CompressionConstants.DEFAULT_COMPRESSION);
                    created.makeIndirect(document);
                    array.add(created);
                    return created;
                }));
            }
            return streams;
        }
    }
}
