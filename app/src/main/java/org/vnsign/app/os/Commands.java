/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a system command (certutil, reg, security) and turns a failure into an exception with its output. */
public final class Commands {
    private Commands() {}

    /** @throws IOException with the command and what it printed, when it cannot start or exits non-zero */
    public static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("'" + String.join(" ", command) + "' failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
