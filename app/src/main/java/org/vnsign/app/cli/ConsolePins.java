/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.vnsign.app.AllowedToUse;
import org.vnsign.app.i18n.Messages;
import org.vnsign.token.PinCallback;
import org.vnsign.token.PinFlag;
import org.vnsign.token.PinRequest;
import picocli.CommandLine;

/** PINs typed on the terminal (no echo) or piped on standard input; never echoed, logged or kept. */
@AllowedToUse("reads the PIN from standard input or the terminal, as the CLI's --pin-stdin and prompt promise")
final class ConsolePins {
    private static final int MAX_PIN_LENGTH = 256;

    private ConsolePins() {}

    /** Reads the first line of standard input, once; a second request gets nothing (no automatic retry). */
    static PinCallback fromStandardInput() {
        boolean[] used = {false};
        return request -> {
            if (used[0]) {
                return null;
            }
            used[0] = true;
            return readLine(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        };
    }

    static char[] readLine(Reader reader) {
        char[] buffer = new char[MAX_PIN_LENGTH];
        int length = 0;
        try {
            int c;
            while ((c = reader.read()) != -1 && c != '\n' && length < buffer.length) {
                buffer[length++] = (char) c;
            }
            if (length > 0 && buffer[length - 1] == '\r') {
                length--;
            }
            return Arrays.copyOf(buffer, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Arrays.fill(buffer, '\0');
        }
    }

    /** Asks on the terminal, after showing the token's PIN warnings. */
    static PinCallback fromTerminal(Messages messages, CommandLine commandLine) {
        return request -> {
            Console console = System.console();
            if (console == null) {
                throw new CommandLine.ParameterException(commandLine, messages.get("cli.noTerminalForPin"));
            }
            for (PinFlag flag : request.pinFlags()) {
                if (messages.has("pin.warning." + flag.name())) {
                    console.writer().println(messages.get("pin.warning." + flag.name()));
                }
            }
            String prompt = request.purpose() == PinRequest.Purpose.SIGNATURE_CONFIRMATION
                    ? messages.get(
                            "pin.prompt.confirm",
                            request.keyLabel(),
                            request.token().label())
                    : messages.get("pin.prompt.login", request.token().label());
            return console.readPassword("%s", prompt);
        };
    }
}
