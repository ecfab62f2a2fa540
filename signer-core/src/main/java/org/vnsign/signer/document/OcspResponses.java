/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import java.io.IOException;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.ocsp.ResponseBytes;

/**
 * The DSS holds complete OCSPResponse structures (ISO 32000-2 12.8.4.3); the fetcher keeps the
 * BasicOCSPResponse inside, which is what gets checked and cached.
 */
public final class OcspResponses {
    private OcspResponses() {}

    public static byte[] wrap(byte[] basicOcspResponse) {
        try {
            return new OCSPResponse(
                            new OCSPResponseStatus(OCSPResponseStatus.SUCCESSFUL),
                            new ResponseBytes(
                                    OCSPObjectIdentifiers.id_pkix_ocsp_basic, new DEROctetString(basicOcspResponse)))
                    .getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("cannot wrap an OCSP response", e);
        }
    }
}
