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

    /**
     * Reads the first line of standard input, once; a second request gets nothing (no automatic
     * retry). A line longer than any PIN is refused, never cut: a cut PIN would be a wrong PIN sent
     * to the token, and each costs one of its few tries.
     */
    static PinCallback fromStandardInput(Messages messages, CommandLine commandLine) {
        boolean[] used = {false};
        return request -> {
            if (used[0]) {
                return null;
            }
            used[0] = true;
            try {
                return readLine(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            } catch (TooLong e) {
                throw new CommandLine.ParameterException(
                        commandLine, messages.get("cli.pinTooLong", String.valueOf(MAX_PIN_LENGTH)));
            }
        };
    }

    /** The line on standard input is longer than {@link #MAX_PIN_LENGTH}: not a PIN. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("the PIN line is longer than " + MAX_PIN_LENGTH + " characters");
        }
    }

    /** The first line of {@code reader}, without its line end; {@link TooLong} past the longest PIN. */
    static char[] readLine(Reader reader) {
        char[] buffer = new char[MAX_PIN_LENGTH + 1];
        int length = 0;
        try {
            int c;
            while ((c = reader.read()) != -1 && c != '\n') {
                if (length == buffer.length) {
                    throw new TooLong();
                }
                buffer[length++] = (char) c;
            }
            if (length > 0 && buffer[length - 1] == '\r') {
                length--;
            }
            if (length > MAX_PIN_LENGTH) {
                throw new TooLong();
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
