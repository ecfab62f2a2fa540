/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import org.vnsign.app.i18n.Messages;
import org.vnsign.token.PinCallback;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the PIN comes from: standard input, an environment variable, or the terminal without echo. */
final class PinOptions {
    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--pin-stdin", description = "Read the PIN from the first line of standard input.")
        boolean standardInput;

        @Option(names = "--pin-env", paramLabel = "VAR", description = "Read the PIN from environment variable VAR.")
        String environmentVariable;
    }

    /** The callback for the chosen source; the terminal when none was chosen. */
    PinCallback callback(Messages messages, CommandLine commandLine) {
        if (source != null && source.standardInput) {
            return ConsolePins.fromStandardInput(messages, commandLine);
        }
        if (source != null && source.environmentVariable != null) {
            String name = source.environmentVariable;
            return request -> {
                String value = System.getenv(name);
                if (value == null) {
                    throw new CommandLine.ParameterException(commandLine, messages.get("cli.pinEnvMissing", name));
                }
                return value.toCharArray();
            };
        }
        return ConsolePins.fromTerminal(messages, commandLine);
    }
}
