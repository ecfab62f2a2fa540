/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import org.vnsign.signer.HashAlgorithm;
import org.vnsign.signer.SignatureMechanism;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SignerIdentity;
import org.vnsign.token.TokenCertificate;

/** The signer-core identity of a token certificate: its chain, the mechanism its key signs with, the digest. */
public final class Identities {
    private Identities() {}

    /** @param pss sign RSA keys with RSASSA-PSS instead of PKCS#1 v1.5 (ignored for EC keys) */
    public static SignerIdentity of(TokenCertificate certificate, boolean pss, HashAlgorithm hash)
            throws SignerException {
        SignatureMechanism mechanism = pss
                ? SignatureMechanism.RSA_PSS
                : SignatureMechanism.defaultFor(certificate.certificate().getPublicKey());
        return new SignerIdentity(certificate.chain(), mechanism, hash);
    }
}
