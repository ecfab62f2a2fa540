/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.security.cert.X509Certificate;

/**
 * A certificate on a token whose private key is on the same token.
 *
 * @param key handle of the private key, for {@link Token#signDigest}
 * @param certificate the certificate itself (the token usually holds only the leaf)
 * @param info parsed fields for display and choice
 * @param alwaysAuthenticate the key asks for the PIN again for every signature (CKA_ALWAYS_AUTHENTICATE)
 */
public record TokenCertificate(
        KeyHandle key, X509Certificate certificate, CertificateInfo info, boolean alwaysAuthenticate) {}
