/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vnsign.app.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: {@code --json}, the output stream and the language. */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand
    VnsignCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON (see docs/cli-json.md).")
    boolean json;

    Messages messages() {
        return root.messages();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
