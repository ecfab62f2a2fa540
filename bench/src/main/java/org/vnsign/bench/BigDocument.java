/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.bench;

import java.nio.file.Path;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestPki;

/** Writes the inputs of the whole-process runs: a 300 MB scanned document and a PKCS#12 key. */
public final class BigDocument {
    private BigDocument() {}

    /** Usage: {@code BigDocument WORKDIR}; the .p12 password is "bench". */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        ImageDocuments.write(work.resolve("big300mb.pdf"), 150, 3_100_000);
        TestPki.writePkcs12(
                TestPki.generate().identity(KeyProfile.RSA_2048), work.resolve("bench.p12"), "bench".toCharArray());
    }
}
