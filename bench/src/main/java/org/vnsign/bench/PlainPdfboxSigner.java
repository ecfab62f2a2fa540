/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.vnsign.testsupport.pki.TestIdentity;

/** The PDFBox peer: the shortest correct invisible signature PDFBox's own examples give. */
final class PlainPdfboxSigner {
    private PlainPdfboxSigner() {}

    /** PDFBox's CreateSignature example: incremental save, CMS from Bouncy Castle. */
    static void sign(Path input, Path output, TestIdentity identity) throws Exception {
        try (PDDocument document = Loader.loadPDF(input.toFile());
                OutputStream out = Files.newOutputStream(output)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent(), identity));
        }
    }

    private static byte[] cms(InputStream content, TestIdentity identity) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(
                new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .build(
                                new JcaContentSignerBuilder("SHA256withRSA")
                                        .build(identity.keyPair().getPrivate()),
                                identity.certificate()));
        generator.addCertificates(new JcaCertStore(identity.chain()));
        return generator
                .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                .getEncoded();
    }
}
