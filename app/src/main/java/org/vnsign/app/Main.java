/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.vnsign.app.cli.VnsignCommand;
import org.vnsign.app.logging.Logging;

/**
 * Entry point of {@code vnsign.jar}. With arguments it is the {@code vnsign} command line; without
 * arguments it prints the help (the desktop app takes over this case when it exists).
 *
 * <p>This class must not extend JavaFX's Application: the jar runs from the class path.
 */
@AllowedToUse("the process entry point hands standard output and error to the command line")
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Logging.configure(VnsignCommand.isVerbose(args));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = VnsignCommand.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
