/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import org.vnsign.testsupport.pki.TestIdentity;

/**
 * iText's own detached CAdES signature with a key in memory, as another signing tool makes it: the
 * certifying signer of the refusal tests and the iText peer of the benchmarks.
 */
public final class PlainItextSigner {
    private PlainItextSigner() {}

    /**
     * @param permissions {@link AccessPermissions#UNSPECIFIED} for an approval signature, else the
     *     certification level
     */
    public static void sign(Path input, Path output, TestIdentity identity, AccessPermissions permissions)
            throws Exception {
        try (OutputStream out = Files.newOutputStream(output)) {
            PdfSigner signer = new PdfSigner(
                    new PdfReader(input.toFile()),
                    out,
                    output.toAbsolutePath().getParent().toString(),
                    new StampingProperties().useAppendMode());
            signer.setSignerProperties(new SignerProperties().setCertificationLevel(permissions));
            signer.signDetached(
                    new BouncyCastleDigest(),
                    new PrivateKeySignature(identity.keyPair().getPrivate(), "SHA-256", null),
                    identity.chain().toArray(new Certificate[0]),
                    null,
                    null,
                    null,
                    0,
                    PdfSigner.CryptoStandard.CADES);
        }
    }
}
