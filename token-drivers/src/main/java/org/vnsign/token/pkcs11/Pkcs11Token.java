/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.vnsign.token.pkcs11.jna.Ck;
import org.vnsign.token.pkcs11.jna.CkStructures;
import org.vnsign.token.pkcs11.jna.Cryptoki;
import org.vnsign.token.pkcs11.jna.Pkcs11CallException;

/** One session to one PKCS#11 token. See {@link Token} for the contract. */
final class Pkcs11Token implements Token {
    private static final Logger LOG = LoggerFactory.getLogger(Pkcs11Token.class);
    private static final HexFormat HEX = HexFormat.of();

    private final Pkcs11Module module;
    private final Cryptoki cryptoki;
    private final TokenDescriptor descriptor;
    private final long session;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PrivateKeyObject> keys = new HashMap<>();
    private boolean loggedIn;
    private boolean closed;

    private Pkcs11Token(Pkcs11Module module, TokenDescriptor descriptor, long session) {
        this.module = module;
        this.cryptoki = module.cryptoki();
        this.descriptor = descriptor;
        this.session = session;
    }

    static Pkcs11Token open(Pkcs11Module module, TokenDescriptor wanted) throws TokenException {
        List<TokenDescriptor> present = module.tokens();
        TokenDescriptor current = present.stream()
                .filter(t -> t.slotId() == wanted.slotId() && t.serialNumber().equals(wanted.serialNumber()))
                .findFirst()
                .or(() -> present.stream()
                        .filter(t -> t.serialNumber().equals(wanted.serialNumber())
                                && t.label().equals(wanted.label()))
                        .findFirst())
                .orElseThrow(() -> new TokenException(
                        ErrorCode.TOKEN_REMOVED,
                        "token " + wanted.label() + " / " + wanted.serialNumber() + " is no longer present"));
        try {
            long session = module.openSession(current.slotId());
            LOG.info("Opened token '{}' ({}) in slot {}", current.label(), current.model(), current.slotId());
            return new Pkcs11Token(module, current, session);
        } catch (Pkcs11CallException e) {
            throw Pkcs11ErrorMapper.map(e);
        }
    }

    @Override
    public TokenDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Set<PinFlag> pinFlags() throws TokenException {
        lock.lock();
        try {
            ensureOpen();
            return currentPinFlags();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isLoggedIn() {
        lock.lock();
        try {
            return loggedIn || !descriptor.loginRequired();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void login(PinCallback pins) throws TokenException {
        lock.lock();
        try {
            ensureOpen();
            if (loggedIn || !descriptor.loginRequired()) {
                return;
            }
            Set<PinFlag> before = currentPinFlags();
            if (before.contains(PinFlag.LOCKED)) {
                throw new TokenException(
                        ErrorCode.TOKEN_LOCKED, "user PIN of " + descriptor.label() + " is locked", before, null);
            }
            authenticate(Ck.CKU_USER, pins, new PinRequest(descriptor, PinRequest.Purpose.LOGIN, before, ""));
            loggedIn = true;
            LOG.info("Logged in to token '{}'", descriptor.label());
        } finally {
            lock.unlock();
        }
    }

    /** Asks for a PIN and presents it; the PIN array is wiped whatever happens. */
    private void authenticate(long userType, PinCallback pins, PinRequest request) throws TokenException {
        char[] pin = descriptor.protectedAuthenticationPath() ? null : pins.pin(request);
        if (pin == null && !descriptor.protectedAuthenticationPath()) {
            throw new TokenException(ErrorCode.TOKEN_LOGIN_CANCELLED, "PIN entry cancelled for " + descriptor.label());
        }
        try {
            cryptoki.login(session, userType, pin);
        } catch (Pkcs11CallException e) {
            throw Pkcs11ErrorMapper.map(e, pinFlagsQuietly());
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    @Override
    public List<TokenCertificate> certificates() throws TokenException {
        lock.lock();
        try {
            ensureOpen();
            if (!isLoggedIn()) {
                throw new TokenException(
                        ErrorCode.TOKEN_NOT_LOGGED_IN, "log in to list the keys of " + descriptor.label());
            }
            loadKeys();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Map<X509Certificate, PrivateKeyObject> withKeys = new LinkedHashMap<>();
            List<X509Certificate> all = new ArrayList<>();
            for (long object : cryptoki.findObjects(session, Ck.CKO_CERTIFICATE, null)) {
                if (cryptoki.getLongAttribute(session, object, Ck.CKA_CERTIFICATE_TYPE) != Ck.CKC_X_509) {
                    continue;
                }
                byte[] id = cryptoki.getAttribute(session, object, Ck.CKA_ID);
                PrivateKeyObject key = id == null ? null : keys.get(HEX.formatHex(id));
                byte[] value = cryptoki.getAttribute(session, object, Ck.CKA_VALUE);
                if (key == null) {
                    parseIssuer(factory, value).ifPresent(all::add);
                    continue;
                }
                X509Certificate certificate = parse(factory, value, key.handle());
                all.add(certificate);
                withKeys.put(certificate, key);
            }
            List<TokenCertificate> result = new ArrayList<>();
            for (Map.Entry<X509Certificate, PrivateKeyObject> entry : withKeys.entrySet()) {
                X509Certificate certificate = entry.getKey();
                result.add(new TokenCertificate(
                        entry.getValue().handle(),
                        certificate,
                        CertificateInfo.of(certificate),
                        entry.getValue().alwaysAuthenticate(),
                        TokenCertificate.chainOf(certificate, all)));
            }
            return result;
        } catch (Pkcs11CallException e) {
            throw Pkcs11ErrorMapper.map(e);
        } catch (CertificateException e) {
            throw new IllegalStateException("X.509 is mandatory in every JDK", e);
        } finally {
            lock.unlock();
        }
    }

    /** A CA certificate on the token; one that does not parse is skipped, it only helps build chains. */
    private static Optional<X509Certificate> parseIssuer(CertificateFactory factory, byte[] value) {
        try {
            return Optional.of((X509Certificate)
                    factory.generateCertificate(new ByteArrayInputStream(value == null ? new byte[0] : value)));
        } catch (CertificateException e) {
            LOG.debug("Skipping an unreadable certificate object: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static X509Certificate parse(CertificateFactory factory, byte[] value, KeyHandle key)
            throws TokenException {
        try {
            return (X509Certificate)
                    factory.generateCertificate(new ByteArrayInputStream(value == null ? new byte[0] : value));
        } catch (CertificateException e) {
            throw new TokenException(
                    ErrorCode.CERTIFICATE_UNREADABLE, "certificate " + key.label() + ": " + e.getMessage(), e);
        }
    }

    private void loadKeys() throws Pkcs11CallException {
        keys.clear();
        for (long object : cryptoki.findObjects(session, Ck.CKO_PRIVATE_KEY, null)) {
            byte[] id = cryptoki.getAttribute(session, object, Ck.CKA_ID);
            if (id == null) {
                continue;
            }
            byte[] label = cryptoki.getAttribute(session, object, Ck.CKA_LABEL);
            String hexId = HEX.formatHex(id);
            keys.put(
                    hexId,
                    new PrivateKeyObject(
                            object,
                            new KeyHandle(hexId, label == null ? hexId : CkStructures.paddedString(label)),
                            cryptoki.getLongAttribute(session, object, Ck.CKA_KEY_TYPE),
                            cryptoki.getBooleanAttribute(session, object, Ck.CKA_ALWAYS_AUTHENTICATE),
                            cryptoki.getBooleanAttribute(session, object, Ck.CKA_SIGN)));
        }
    }

    @Override
    public byte[] signDigest(KeyHandle key, SignatureAlgorithm algorithm, byte[] digest, PinCallback pins)
            throws TokenException {
        if (digest.length != algorithm.digest().length()) {
            throw new IllegalArgumentException("digest has " + digest.length + " bytes, " + algorithm.digest()
                    + " needs " + algorithm.digest().length());
        }
        lock.lock();
        try {
            ensureOpen();
            if (!isLoggedIn()) {
                throw new TokenException(ErrorCode.TOKEN_NOT_LOGGED_IN, "log in before signing with " + key.label());
            }
            PrivateKeyObject object = findKey(key);
            if (!object.canSign()) {
                throw new TokenException(ErrorCode.KEY_NOT_FOR_SIGNING, key.label() + " has CKA_SIGN false");
            }
            SignMechanism mechanism = SignMechanism.of(algorithm, object.keyType());
            char[] confirmation = null;
            if (object.alwaysAuthenticate() && !descriptor.protectedAuthenticationPath()) {
                confirmation = pins.pin(new PinRequest(
                        descriptor, PinRequest.Purpose.SIGNATURE_CONFIRMATION, currentPinFlags(), key.label()));
                if (confirmation == null) {
                    throw new TokenException(ErrorCode.TOKEN_LOGIN_CANCELLED, "signature confirmation cancelled");
                }
            }
            try {
                cryptoki.signInit(session, mechanism.structure(), object.handleId());
                if (object.alwaysAuthenticate()) {
                    confirmSignature(confirmation);
                }
                return cryptoki.sign(session, mechanism.input(digest));
            } finally {
                if (confirmation != null) {
                    Arrays.fill(confirmation, '\0');
                }
            }
        } catch (Pkcs11CallException e) {
            throw Pkcs11ErrorMapper.map(e, pinFlagsQuietly());
        } finally {
            lock.unlock();
        }
    }

    /** Context-specific login; on failure the pending sign operation is ended before reporting. */
    private void confirmSignature(char[] pin) throws Pkcs11CallException {
        try {
            cryptoki.login(session, Ck.CKU_CONTEXT_SPECIFIC, pin);
        } catch (Pkcs11CallException e) {
            try {
                cryptoki.sign(session, new byte[0]);
            } catch (Pkcs11CallException expected) {
                LOG.debug("Ended the pending sign operation: {}", expected.getMessage());
            }
            throw e;
        }
    }

    private PrivateKeyObject findKey(KeyHandle key) throws Pkcs11CallException, TokenException {
        PrivateKeyObject object = keys.get(key.id());
        if (object == null) {
            loadKeys();
            object = keys.get(key.id());
        }
        if (object == null) {
            throw new TokenException(
                    ErrorCode.KEY_NOT_FOUND, "no private key with CKA_ID " + key.id() + " on " + descriptor.label());
        }
        return object;
    }

    private Set<PinFlag> currentPinFlags() throws TokenException {
        try {
            return Pkcs11ErrorMapper.pinFlags(
                    cryptoki.getTokenInfo(descriptor.slotId()).flags.longValue());
        } catch (Pkcs11CallException e) {
            throw Pkcs11ErrorMapper.map(e);
        }
    }

    private Set<PinFlag> pinFlagsQuietly() {
        try {
            return currentPinFlags();
        } catch (TokenException e) {
            return Set.of();
        }
    }

    private void ensureOpen() throws TokenException {
        if (closed) {
            throw new TokenException(ErrorCode.TOKEN_REMOVED, "token session was closed");
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (loggedIn) {
                    cryptoki.logout(session);
                }
                cryptoki.closeSession(session);
            } catch (Pkcs11CallException e) {
                LOG.debug("Closing token '{}': {}", descriptor.label(), e.getMessage());
            } finally {
                module.tokenClosed();
            }
        } finally {
            lock.unlock();
        }
    }

    private record PrivateKeyObject(
            long handleId, KeyHandle handle, long keyType, boolean alwaysAuthenticate, boolean canSign) {}
}
