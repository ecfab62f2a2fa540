/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.validation;

import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.vnsign.testsupport.pki.TestPki;

/**
 * Validates a PDF with the EU's DSS library, the reference validator of eIDAS signatures, trusting
 * only the test PKI's root and given its CRLs offline (no network).
 */
public final class DssValidation {
    private DssValidation() {}

    /** One signature as DSS sees it. */
    public record Signature(
            String id,
            String format,
            String indication,
            String subIndication,
            String signedBy,
            List<String> errors,
            List<String> warnings) {
        public boolean totalPassed() {
            return "TOTAL_PASSED".equals(indication);
        }
    }

    /** Validates trusting the root, with the PKI's current CRLs handed over: for B-B signatures. */
    public static List<Signature> validate(Path pdf, TestPki pki) {
        return validate(pdf, List.of(pki.root()), List.of(pki.crl(), pki.rootCrl()));
    }

    /** Validates trusting only {@code trusted}, given {@code crls} and otherwise only the file. */
    public static List<Signature> validate(Path pdf, List<X509Certificate> trusted, List<X509CRL> crls) {
        try {
            CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
            trusted.forEach(certificate -> anchors.addCertificate(new CertificateToken(certificate)));
            CommonCertificateVerifier verifier = new CommonCertificateVerifier();
            verifier.setTrustedCertSources(anchors);
            verifier.setAIASource(null);
            verifier.setOcspSource(null);
            List<InputStream> sources = new ArrayList<>();
            for (X509CRL crl : crls) {
                sources.add(new ByteArrayInputStream(crl.getEncoded()));
            }
            verifier.setCrlSource(
                    sources.isEmpty() ? null : new ExternalResourcesCRLSource(sources.toArray(new InputStream[0])));
            return validate(pdf, verifier);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Validates trusting only the root and given nothing else: no CRL, no OCSP, no AIA fetching.
     * What DSS finds it must find inside the file, as a recipient offline would.
     */
    public static List<Signature> validateWithFileDataOnly(Path pdf, TestPki pki) {
        return validate(pdf, List.of(pki.root()), List.of());
    }

    private static List<Signature> validate(Path pdf, CommonCertificateVerifier verifier) {
        {
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(pdf.toFile()));
            validator.setCertificateVerifier(verifier);
            Reports reports = validator.validateDocument();
            SimpleReport simple = reports.getSimpleReport();
            List<Signature> signatures = new ArrayList<>();
            for (String id : simple.getSignatureIdList()) {
                signatures.add(new Signature(
                        id,
                        String.valueOf(simple.getSignatureFormat(id)),
                        String.valueOf(simple.getIndication(id)),
                        String.valueOf(simple.getSubIndication(id)),
                        simple.getSignedBy(id),
                        messages(simple.getAdESValidationErrors(id)),
                        messages(simple.getAdESValidationWarnings(id))));
            }
            return signatures;
        }
    }

    private static List<String> messages(List<eu.europa.esig.dss.jaxb.object.Message> messages) {
        return messages.stream().map(m -> m.getKey() + ": " + m.getValue()).toList();
    }
}
