/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vnsign.token.DiscoveryOptions;
import picocli.CommandLine.Option;

/** {@code --module}: which PKCS#11 modules to probe. */
final class ModuleOptions {
    @Option(
            names = "--module",
            paramLabel = "PATH",
            description = "PKCS#11 module to use instead of the built-in list (repeatable).")
    List<Path> modules = new ArrayList<>();

    /**
     * With {@code --module}, exactly those modules; otherwise the built-in table of Vietnamese
     * token drivers plus {@value DiscoveryOptions#MODULE_ENVIRONMENT_VARIABLE}.
     */
    DiscoveryOptions discoveryOptions() {
        if (!modules.isEmpty()) {
            return DiscoveryOptions.onlyModules(modules);
        }
        return DiscoveryOptions.builtInPlus(
                DiscoveryOptions.modulesFromEnvironment(System.getenv(DiscoveryOptions.MODULE_ENVIRONMENT_VARIABLE)));
    }
}
