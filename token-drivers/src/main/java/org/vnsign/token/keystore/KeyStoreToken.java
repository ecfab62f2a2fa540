/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.keystore;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vnsign.token.CertificateInfo;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.KeyHandle;
import org.vnsign.token.PinCallback;
import org.vnsign.token.PinFlag;
import org.vnsign.token.PinRequest;
import org.vnsign.token.SignatureAlgorithm;
import org.vnsign.token.Token;
import org.vnsign.token.TokenCertificate;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenException;

/**
 * A {@link Token} over a JCA {@link KeyStore}: a PKCS#12 file or the Windows certificate store.
 * "Login" loads the store; for PKCS#12 the PIN is the file's password.
 */
public final class KeyStoreToken implements Token {
    private final TokenDescriptor descriptor;
    private final KeyStoreLoader loader;
    private KeyStore store;
    private final Map<String, PrivateKey> keys = new HashMap<>();

    public KeyStoreToken(TokenDescriptor descriptor, KeyStoreLoader loader) {
        this.descriptor = descriptor;
        this.loader = loader;
    }

    /** Loads the key store; the password (null for stores that need none) is the loader's to keep or wipe. */
    @FunctionalInterface
    public interface KeyStoreLoader {
        KeyStore load(char[] password) throws TokenException;
    }

    @Override
    public TokenDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Set<PinFlag> pinFlags() {
        return Set.of();
    }

    @Override
    public synchronized boolean isLoggedIn() {
        return store != null;
    }

    @Override
    public synchronized void login(PinCallback pins) throws TokenException {
        if (store != null) {
            return;
        }
        if (!descriptor.loginRequired()) {
            unlock(null);
            return;
        }
        char[] pin = pins.pin(new PinRequest(descriptor, PinRequest.Purpose.LOGIN, Set.of(), ""));
        if (pin == null) {
            throw new TokenException(
                    ErrorCode.TOKEN_LOGIN_CANCELLED, "password entry cancelled for " + descriptor.label());
        }
        try {
            unlock(pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** Loads the store and takes the private keys out of it, so the password is needed only here. */
    private void unlock(char[] password) throws TokenException {
        KeyStore loaded = loader.load(password);
        try {
            for (String alias : Collections.list(loaded.aliases())) {
                if (loaded.isKeyEntry(alias) && loaded.getKey(alias, password) instanceof PrivateKey key) {
                    keys.put(alias, key);
                }
            }
        } catch (GeneralSecurityException e) {
            keys.clear();
            throw new TokenException(ErrorCode.KEYSTORE_UNREADABLE, e.getMessage(), e);
        }
        store = loaded;
    }

    @Override
    public synchronized List<TokenCertificate> certificates() throws TokenException {
        requireLogin();
        try {
            List<TokenCertificate> result = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (keys.containsKey(alias) && certificate instanceof X509Certificate x509) {
                    result.add(new TokenCertificate(
                            new KeyHandle(alias, alias), x509, CertificateInfo.of(x509), false, chain(alias, x509)));
                }
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new TokenException(ErrorCode.KEYSTORE_UNREADABLE, e.getMessage(), e);
        }
    }

    private List<X509Certificate> chain(String alias, X509Certificate leaf) throws KeyStoreException {
        Certificate[] stored = store.getCertificateChain(alias);
        List<X509Certificate> candidates = new ArrayList<>();
        if (stored != null) {
            for (Certificate certificate : stored) {
                if (certificate instanceof X509Certificate x509) {
                    candidates.add(x509);
                }
            }
        }
        return TokenCertificate.chainOf(leaf, candidates);
    }

    @Override
    public synchronized byte[] signDigest(KeyHandle key, SignatureAlgorithm algorithm, byte[] digest, PinCallback pins)
            throws TokenException {
        requireLogin();
        try {
            PrivateKey privateKey = keys.get(key.id());
            if (privateKey == null) {
                throw new TokenException(ErrorCode.KEY_NOT_FOUND, "no private key under alias " + key.id());
            }
            int modulusBits = store.getCertificate(key.id()).getPublicKey() instanceof RSAKey rsa
                    ? rsa.getModulus().bitLength()
                    : 0;
            return JcaDigestSigner.sign(privateKey, algorithm, digest, modulusBits);
        } catch (GeneralSecurityException e) {
            throw new TokenException(ErrorCode.KEY_NOT_FOUND, key.id() + ": " + e.getMessage(), e);
        }
    }

    private void requireLogin() throws TokenException {
        if (store == null) {
            throw new TokenException(ErrorCode.TOKEN_NOT_LOGGED_IN, "open " + descriptor.label() + " first");
        }
    }

    @Override
    public synchronized void close() {
        store = null;
        keys.clear();
    }
}
