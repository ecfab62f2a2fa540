/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.util.Optional;
import org.vnsign.app.i18n.Messages;
import picocli.CommandLine;

/** The PDF password of {@code --pdf-password-env VAR}: read from the environment, never from the command line. */
final class PdfPasswords {
    private PdfPasswords() {}

    static Optional<char[]> fromEnvironment(String variable, Messages messages, CommandLine commandLine) {
        if (variable == null) {
            return Optional.empty();
        }
        String value = System.getenv(variable);
        if (value == null) {
            throw new CommandLine.ParameterException(commandLine, messages.get("sign.pdfPasswordEnvMissing", variable));
        }
        return Optional.of(value.toCharArray());
    }
}
