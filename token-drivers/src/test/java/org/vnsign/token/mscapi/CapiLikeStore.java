/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.mscapi;

import java.security.KeyStore;
import java.security.cert.Certificate;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.pki.TestPki;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.TokenException;

/** In-memory stores standing in for {@code Windows-MY} in tests that run on any system. */
final class CapiLikeStore {
    private static TestIdentity identity;

    private CapiLikeStore() {}

    static synchronized TestIdentity identity() {
        if (identity == null) {
            identity = TestPki.generate().identity(KeyProfile.RSA_2048);
        }
        return identity;
    }

    static KeyStore withOneKey() throws TokenException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    "signer",
                    identity().keyPair().getPrivate(),
                    new char[0],
                    identity().chain().toArray(new Certificate[0]));
            return store;
        } catch (Exception e) {
            throw new TokenException(ErrorCode.KEYSTORE_UNREADABLE, e.getMessage(), e);
        }
    }

    static KeyStore empty() throws TokenException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("a-root-only", identity().chain().get(2));
            return store;
        } catch (Exception e) {
            throw new TokenException(ErrorCode.KEYSTORE_UNREADABLE, e.getMessage(), e);
        }
    }
}
