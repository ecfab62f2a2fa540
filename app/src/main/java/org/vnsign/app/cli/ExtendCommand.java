/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.DocumentExtender;
import org.vnsign.signer.DocumentSigners;
import org.vnsign.signer.ExtendRequest;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vnsign extend}: raises the signatures already in files (made by VNSign or by anyone) to
 * B-LT or B-LTA, without a token. Each file is written whole or not at all.
 */
@Command(
        name = "extend",
        mixinStandardHelpOptions = true,
        description = {
            "Thêm dữ liệu kiểm tra dài hạn (B-LT) và dấu thời gian lưu trữ (B-LTA) cho chữ ký đã có.",
            "Add long-term validation data (B-LT) and an archive time-stamp (B-LTA) to existing signatures."
        })
final class ExtendCommand implements Callable<Integer> {
    @ParentCommand
    VnsignCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Signed PDF files.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "FILE|DIR",
            description =
                    "Output file (one input) or existing folder (default: <name>.extended.pdf next to the input).")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    @Option(
            names = "--pdf-password-env",
            paramLabel = "VAR",
            description = "Open encrypted PDFs with the password in environment variable VAR.")
    String pdfPasswordVariable;

    @Option(names = "--json", description = "Print JSON (see docs/cli-json.md).")
    boolean json;

    @CommandLine.ArgGroup(exclusive = false, heading = "%nLong-term signatures / Chữ ký dài hạn:%n")
    LongTermOptions longTerm = new LongTermOptions();

    @Override
    public Integer call() {
        Messages messages = root.messages();
        CommandLine commandLine = spec.commandLine();
        if (out != null && files.size() > 1 && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(commandLine, messages.get("sign.outMustBeFolder"));
        }
        SignatureLevel level = longTerm.level(SignatureLevel.B_LT, messages, commandLine);
        if (!level.atLeast(SignatureLevel.B_LT)) {
            throw new CommandLine.ParameterException(commandLine, messages.get("extend.level", level.label()));
        }
        longTerm.requireConsistent(level, messages, commandLine);
        ExtendRequest template = new ExtendRequest(
                Path.of(""),
                Path.of(""),
                overwrite,
                PdfPasswords.fromEnvironment(pdfPasswordVariable, messages, commandLine),
                level,
                longTerm.servers(messages, commandLine));
        DocumentExtender extender = DocumentSigners.extender(longTerm.network());
        List<JsonViews.ExtendedFile> results = new ArrayList<>();
        boolean anyFailed = false;
        boolean onlyNetworkFailed = true;
        for (Path file : files) {
            ExtendRequest request = template.forFile(file, output(file));
            try {
                results.add(JsonViews.ExtendedFile.extended(request, extender.extend(request)));
            } catch (SignerException e) {
                anyFailed = true;
                onlyNetworkFailed &= Failures.network(e);
                results.add(JsonViews.ExtendedFile.failed(request, e, Failures.message(messages, e)));
            }
        }
        print(messages, results);
        if (!anyFailed) {
            return ExitCodes.OK;
        }
        return onlyNetworkFailed ? ExitCodes.NETWORK : ExitCodes.DOCUMENT;
    }

    private void print(Messages messages, List<JsonViews.ExtendedFile> results) {
        PrintWriter printer = spec.commandLine().getOut();
        if (json) {
            printer.println(JsonViews.toJson(new JsonViews.ExtendedFiles(results)));
            return;
        }
        for (JsonViews.ExtendedFile file : results) {
            if (file.status().equals(JsonViews.ExtendedFile.EXTENDED)) {
                printer.println(messages.get("extend.ok", file.input(), file.output(), file.level()));
            } else {
                printer.println(messages.get("extend.failed", file.input(), file.error(), file.message()));
            }
        }
    }

    private Path output(Path file) {
        if (out == null) {
            return OutputFiles.defaultOutput(file, OutputFiles.EXTENDED, null);
        }
        return Files.isDirectory(out) ? OutputFiles.defaultOutput(file, OutputFiles.EXTENDED, out) : out;
    }
}
