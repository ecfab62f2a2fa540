/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.OperatingSystem;
import org.vnsign.token.SourceReport;
import org.vnsign.token.SourceState;
import org.vnsign.token.Token;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenException;
import org.vnsign.token.TokenProvider;

/** USB tokens and smart cards through their vendors' PKCS#11 modules. */
public final class Pkcs11TokenProvider implements TokenProvider {
    public static final String KIND = "pkcs11";

    private final ModuleCatalog catalog;
    private final OperatingSystem os;

    /** The provider with the built-in module table for this OS (used by {@link java.util.ServiceLoader}). */
    public Pkcs11TokenProvider() {
        this(ModuleCatalog.builtIn(), OperatingSystem.current());
    }

    Pkcs11TokenProvider(ModuleCatalog catalog, OperatingSystem os) {
        this.catalog = catalog;
        this.os = os;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<SourceReport> discover(DiscoveryOptions options) {
        Map<Path, ModuleCandidate> candidates = new LinkedHashMap<>();
        for (Path module : options.pkcs11Modules()) {
            candidates.putIfAbsent(identity(module), new ModuleCandidate("", module));
        }
        if (options.includeBuiltInModules()) {
            for (ModuleCandidate candidate : catalog.candidates(os, ModuleCatalog.librarySearchFolders(os))) {
                candidates.putIfAbsent(identity(candidate.path()), candidate);
            }
        }
        List<SourceReport> reports = new ArrayList<>();
        for (ModuleCandidate candidate : candidates.values()) {
            reports.add(probe(candidate, options.reinitializeIdleModules()));
        }
        return reports;
    }

    /** The same file reached through a symbolic link counts once. */
    private static Path identity(Path module) {
        try {
            return module.toRealPath();
        } catch (IOException e) {
            return module.toAbsolutePath().normalize();
        }
    }

    /** Probes one module; every failure becomes a state with its reason. */
    public SourceReport probe(ModuleCandidate candidate, boolean reinitializeIfIdle) {
        String location = candidate.path().toString();
        try {
            Pkcs11Module module = Pkcs11Module.load(candidate.path());
            if (reinitializeIfIdle) {
                module.reinitializeIfIdle();
            }
            List<TokenDescriptor> tokens = module.tokens();
            return new SourceReport(
                    KIND,
                    location,
                    candidate.vendor(),
                    tokens.isEmpty() ? SourceState.NO_TOKEN : SourceState.TOKEN_PRESENT,
                    "",
                    Optional.of(module.description()),
                    tokens);
        } catch (TokenException e) {
            return new SourceReport(
                    KIND, location, candidate.vendor(), stateFor(e.code()), e.detail(), Optional.empty(), List.of());
        }
    }

    static SourceState stateFor(ErrorCode code) {
        return switch (code) {
            case DRIVER_NOT_FOUND -> SourceState.NOT_INSTALLED;
            case DRIVER_WRONG_ARCHITECTURE -> SourceState.WRONG_ARCHITECTURE;
            case DRIVER_NOT_PKCS11 -> SourceState.NOT_PKCS11;
            default -> SourceState.LOAD_FAILED;
        };
    }

    @Override
    public Token open(TokenDescriptor token) throws TokenException {
        if (!KIND.equals(token.kind())) {
            throw new IllegalArgumentException("not a PKCS#11 token: " + token.kind());
        }
        return Pkcs11Token.open(Pkcs11Module.load(Path.of(token.location())), token);
    }
}
