/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.nio.file.Path;
import java.security.Signature;
import org.vnsign.testsupport.pki.TestIdentity;

/** EU DSS's own PAdES signer: a signature made by another tool. */
final class DssSigner {
    private DssSigner() {}

    /** A PAdES B-B signature made by EU DSS's own signer, as another tool would make it. */
    static Path sign(Path input, Path output, TestIdentity identity) throws Exception {
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(identity.certificate()));
        parameters.setCertificateChain(
                identity.chain().stream().map(CertificateToken::new).toList());
        DSSDocument document = new FileDocument(input.toFile());
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(identity.keyPair().getPrivate());
        rsa.update(toBeSigned.getBytes());
        SignatureValue value =
                new SignatureValue(eu.europa.esig.dss.enumerations.SignatureAlgorithm.RSA_SHA256, rsa.sign());
        service.signDocument(document, parameters, value).save(output.toString());
        return output;
    }
}
