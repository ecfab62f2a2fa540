/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.pki;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A key pair with its certificate and chain, made by {@link TestPki}.
 *
 * @param profile which test signer this is
 * @param keyPair the key pair (private key importable into SoftHSM2)
 * @param certificate the end-entity certificate
 * @param chain certificate first, then issuing CA, then root
 */
public record TestIdentity(
        KeyProfile profile, KeyPair keyPair, X509Certificate certificate, List<X509Certificate> chain) {
    public TestIdentity {
        chain = List.copyOf(chain);
    }

    /** The CKA_ID used when this identity is imported into a token: two hex digits from the profile. */
    public String tokenId() {
        return String.format("%02x", profile.ordinal() + 1);
    }

    public String commonName() {
        return profile.commonName();
    }
}
