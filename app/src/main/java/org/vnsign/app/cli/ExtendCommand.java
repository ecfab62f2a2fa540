/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.DocumentExtender;
import org.vnsign.signer.DocumentSigners;
import org.vnsign.signer.ExtendRequest;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
final class ExtendCommand extends Subcommand {
    @Mixin
    FileOptions fileOptions;

    @CommandLine.ArgGroup(exclusive = false, heading = "%nLong-term signatures / Chữ ký dài hạn:%n")
    LongTermOptions longTerm = new LongTermOptions();

    @Override
    public Integer call() {
        Messages messages = messages();
        CommandLine commandLine = spec.commandLine();
        fileOptions.requireOutFolder(messages, commandLine);
        SignatureLevel level = longTerm.level(SignatureLevel.B_LT, messages, commandLine);
        if (!level.atLeast(SignatureLevel.B_LT)) {
            throw new CommandLine.ParameterException(commandLine, messages.get("extend.level", level.label()));
        }
        longTerm.requireConsistent(level, messages, commandLine);
        ExtendRequest template = new ExtendRequest(
                Path.of(""),
                Path.of(""),
                fileOptions.overwrite,
                fileOptions.password(messages, commandLine),
                level,
                longTerm.servers(messages, commandLine));
        DocumentExtender extender = DocumentSigners.extender(longTerm.network());
        List<JsonViews.ExtendedFile> results = new ArrayList<>();
        Failures.Tally tally = new Failures.Tally();
        for (Path file : fileOptions.files) {
            ExtendRequest request = template.forFile(file, fileOptions.output(file, OutputFiles.EXTENDED));
            try {
                results.add(JsonViews.ExtendedFile.extended(request, extender.extend(request)));
            } catch (SignerException e) {
                tally.failed(e);
                results.add(JsonViews.ExtendedFile.failed(request, e, Failures.message(messages, e)));
            }
        }
        print(messages, results);
        return tally.exitCode();
    }

    private void print(Messages messages, List<JsonViews.ExtendedFile> results) {
        PrintWriter printer = out();
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
}
