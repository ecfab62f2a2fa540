/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenException;
import org.vnsign.token.pkcs11.jna.Ck;
import org.vnsign.token.pkcs11.jna.CkStructures;
import org.vnsign.token.pkcs11.jna.CkStructures.CkTokenInfo;
import org.vnsign.token.pkcs11.jna.Cryptoki;
import org.vnsign.token.pkcs11.jna.NotPkcs11LibraryException;
import org.vnsign.token.pkcs11.jna.Pkcs11CallException;

/**
 * A PKCS#11 module loaded and initialised once per process (C_Initialize may only be called once
 * per library), shared by every token opened through it.
 *
 * <p>Thread-safety: safe for concurrent use. Re-initialisation ({@link #reinitializeIfIdle}) only
 * happens while no token of this module is open.
 */
public final class Pkcs11Module {
    private static final Logger LOG = LoggerFactory.getLogger(Pkcs11Module.class);
    private static final Map<Path, Pkcs11Module> LOADED = new ConcurrentHashMap<>();

    private final Path path;
    private final Cryptoki cryptoki;
    private final String description;
    private int openTokens;

    private Pkcs11Module(Path path, Cryptoki cryptoki, String description) {
        this.path = path;
        this.cryptoki = cryptoki;
        this.description = description;
    }

    /**
     * The initialised module at {@code path}, loading it on first use.
     *
     * @throws TokenException {@code DRIVER_NOT_FOUND}, {@code DRIVER_WRONG_ARCHITECTURE}, {@code
     *     DRIVER_LOAD_FAILED}, {@code DRIVER_NOT_PKCS11} or {@code DRIVER_INIT_FAILED}
     */
    public static Pkcs11Module load(Path path) throws TokenException {
        Path key = path.toAbsolutePath().normalize();
        Pkcs11Module loaded = LOADED.get(key);
        if (loaded != null) {
            return loaded;
        }
        synchronized (LOADED) {
            loaded = LOADED.get(key);
            if (loaded == null) {
                if (LOADED.isEmpty()) {
                    Runtime.getRuntime().addShutdownHook(new Thread(Pkcs11Module::finalizeAll, "vnsign-pkcs11-exit"));
                }
                loaded = loadUncached(key);
                LOADED.put(key, loaded);
            }
            return loaded;
        }
    }

    private static Pkcs11Module loadUncached(Path path) throws TokenException {
        if (!Files.exists(path)) {
            throw new TokenException(ErrorCode.DRIVER_NOT_FOUND, path.toString());
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new TokenException(ErrorCode.DRIVER_LOAD_FAILED, path + " is not a readable file");
        }
        var mismatch = LibraryArchitecture.mismatch(path);
        if (mismatch.isPresent()) {
            throw new TokenException(ErrorCode.DRIVER_WRONG_ARCHITECTURE, path + ": " + mismatch.get());
        }
        Cryptoki cryptoki;
        try {
            cryptoki = Cryptoki.load(path.toString());
        } catch (UnsatisfiedLinkError e) {
            throw new TokenException(ErrorCode.DRIVER_LOAD_FAILED, loaderReason(e), e);
        } catch (NotPkcs11LibraryException e) {
            throw new TokenException(ErrorCode.DRIVER_NOT_PKCS11, e.getMessage(), e);
        }
        try {
            cryptoki.initialize();
            var info = cryptoki.getInfo();
            String description = CkStructures.paddedString(info.manufacturerID) + " "
                    + CkStructures.paddedString(info.libraryDescription) + " " + info.libraryVersion
                    + " (Cryptoki " + info.cryptokiVersion + ")";
            LOG.debug("Loaded PKCS#11 module {}: {}", path, description);
            return new Pkcs11Module(path, cryptoki, description.strip());
        } catch (Pkcs11CallException e) {
            throw new TokenException(ErrorCode.DRIVER_INIT_FAILED, path + ": " + e.getMessage(), e);
        }
    }

    private static String loaderReason(UnsatisfiedLinkError e) {
        String message = String.valueOf(e.getMessage());
        int firstLine = message.indexOf('\n');
        return firstLine > 0 ? message.substring(0, firstLine) : message;
    }

    public Path path() {
        return path;
    }

    /** Manufacturer, description and version from C_GetInfo. */
    public String description() {
        return description;
    }

    Cryptoki cryptoki() {
        return cryptoki;
    }

    /** Tokens present now, in slot order. */
    public synchronized List<TokenDescriptor> tokens() throws TokenException {
        try {
            List<TokenDescriptor> tokens = new ArrayList<>();
            for (long slot : cryptoki.getSlotList(true)) {
                try {
                    tokens.add(describe(slot, cryptoki.getTokenInfo(slot)));
                } catch (Pkcs11CallException e) {
                    LOG.debug("Slot {} of {} vanished while listing: {}", slot, path, e.getMessage());
                }
            }
            return tokens;
        } catch (Pkcs11CallException e) {
            throw Pkcs11ErrorMapper.map(e);
        }
    }

    TokenDescriptor describe(long slot, CkTokenInfo info) {
        long flags = info.flags.longValue();
        return new TokenDescriptor(
                Pkcs11TokenProvider.KIND,
                path.toString(),
                slot,
                CkStructures.paddedString(info.label),
                CkStructures.paddedString(info.manufacturerID),
                CkStructures.paddedString(info.model),
                CkStructures.paddedString(info.serialNumber),
                Pkcs11ErrorMapper.pinFlags(flags),
                (flags & Ck.CKF_PROTECTED_AUTHENTICATION_PATH) != 0,
                (flags & Ck.CKF_LOGIN_REQUIRED) != 0);
    }

    /**
     * Re-runs C_Finalize and C_Initialize when no token of this module is open, so drivers that
     * only scan their slots at initialisation (SoftHSM2, some vendor drivers) see inserted or
     * removed tokens. Does nothing while a token is open.
     */
    public synchronized void reinitializeIfIdle() {
        if (openTokens > 0) {
            return;
        }
        try {
            cryptoki.finalizeLibrary();
            cryptoki.initialize();
        } catch (Pkcs11CallException e) {
            LOG.warn("Re-initialising {} failed: {}", path, e.getMessage());
        }
    }

    /**
     * At exit, C_Finalize every module no token uses any more, as PKCS#11 asks of an application
     * before it ends. Drivers that clean up only in their library destructors (SoftHSM2 among
     * them) can crash the exiting process otherwise.
     */
    private static void finalizeAll() {
        synchronized (LOADED) {
            for (Pkcs11Module module : LOADED.values()) {
                module.finalizeIfIdle();
            }
        }
    }

    private synchronized void finalizeIfIdle() {
        if (openTokens > 0) {
            return;
        }
        try {
            cryptoki.finalizeLibrary();
        } catch (Pkcs11CallException e) {
            LOG.debug("C_Finalize of {} at exit failed: {}", path, e.getMessage());
        }
    }

    /** Opens a read-only session on {@code slot} and counts it as an open token. */
    synchronized long openSession(long slot) throws Pkcs11CallException {
        long session = cryptoki.openSession(slot, Ck.CKF_SERIAL_SESSION);
        openTokens++;
        return session;
    }

    synchronized void tokenClosed() {
        openTokens--;
    }
}
