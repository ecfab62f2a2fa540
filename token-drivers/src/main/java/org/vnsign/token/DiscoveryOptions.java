/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What to probe.
 *
 * @param pkcs11Modules modules the user named (settings, {@code --module}, {@code VNSIGN_PKCS11_MODULE})
 * @param includeBuiltInModules also probe the built-in table of drivers sold in Vietnam
 * @param pkcs12Files key-store files to offer as tokens
 * @param reinitializeIdleModules re-initialise PKCS#11 modules that no open token uses, so that
 *     drivers which only scan slots in C_Initialize notice inserted and removed tokens
 */
public record DiscoveryOptions(
        List<Path> pkcs11Modules,
        boolean includeBuiltInModules,
        List<Path> pkcs12Files,
        boolean reinitializeIdleModules) {
    /** The environment variable holding extra module paths, separated by the OS path separator. */
    public static final String MODULE_ENVIRONMENT_VARIABLE = "VNSIGN_PKCS11_MODULE";

    public DiscoveryOptions {
        pkcs11Modules = List.copyOf(pkcs11Modules);
        pkcs12Files = List.copyOf(pkcs12Files);
    }

    /** Probe exactly these modules and nothing else. */
    public static DiscoveryOptions onlyModules(List<Path> modules) {
        return new DiscoveryOptions(modules, false, List.of(), false);
    }

    /** The built-in table plus the given modules. */
    public static DiscoveryOptions builtInPlus(List<Path> modules) {
        return new DiscoveryOptions(modules, true, List.of(), false);
    }

    public DiscoveryOptions withPkcs12Files(List<Path> files) {
        return new DiscoveryOptions(pkcs11Modules, includeBuiltInModules, files, reinitializeIdleModules);
    }

    public DiscoveryOptions withReinitializeIdleModules(boolean reinitialize) {
        return new DiscoveryOptions(pkcs11Modules, includeBuiltInModules, pkcs12Files, reinitialize);
    }

    /** Module paths from {@value #MODULE_ENVIRONMENT_VARIABLE}, or none when it is unset or blank. */
    public static List<Path> modulesFromEnvironment(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(File.pathSeparator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Path::of)
                .toList();
    }
}
