/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pki;

import java.security.cert.X509Certificate;

/** Certificates whose status needs no revocation data, by what their issuer declared. */
public final class RevocationExemptions {
    /** id-pkix-ocsp-nocheck (RFC 6960 4.2.2.2.1): an OCSP responder trusted for its lifetime. */
    private static final String OCSP_NO_CHECK = "1.3.6.1.5.5.7.48.1.5";
    /** id-ce-noRevAvail (RFC 9608): the CA publishes no revocation information for this certificate. */
    private static final String NO_REVOCATION_AVAILABLE = "2.5.29.56";

    private RevocationExemptions() {}

    /**
     * Whether the certificate's status needs no revocation data: OCSP responders marked
     * ocsp-nocheck, and certificates whose CA declares that it publishes none (short-lived
     * certificates and VNSign's demo token).
     */
    public static boolean needsNoCheck(X509Certificate certificate) {
        return certificate.getExtensionValue(OCSP_NO_CHECK) != null
                || certificate.getExtensionValue(NO_REVOCATION_AVAILABLE) != null;
    }
}
