/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.pki;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;

/** The key and certificate of a PKI service (time-stamping authority, OCSP responder). */
public record ServiceIdentity(KeyPair keyPair, X509Certificate certificate, List<X509Certificate> chain) {
    public ServiceIdentity {
        chain = List.copyOf(chain);
    }
}
