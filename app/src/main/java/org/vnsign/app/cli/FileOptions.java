/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The files a batch command reads and writes: the inputs, {@code --out}, {@code --overwrite} and
 * the PDF password, which comes from the environment, never from the command line.
 */
final class FileOptions {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "PDF files.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "FILE|DIR",
            description = "Output file (one input) or existing folder (default: next to the input).")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    @Option(
            names = "--pdf-password-env",
            paramLabel = "VAR",
            description = "Open encrypted PDFs with the password in environment variable VAR.")
    String pdfPasswordVariable;

    /** With several inputs, {@code --out} must name a folder. */
    void requireOutFolder(Messages messages, CommandLine commandLine) {
        if (out != null && files.size() > 1 && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(commandLine, messages.get("sign.outMustBeFolder"));
        }
    }

    /** {@code <name>.<suffix>.pdf} next to the input or in the {@code --out} folder, or the {@code --out} file. */
    Path output(Path file, String suffix) {
        if (out == null) {
            return OutputFiles.defaultOutput(file, suffix, null);
        }
        return Files.isDirectory(out) ? OutputFiles.defaultOutput(file, suffix, out) : out;
    }

    Optional<char[]> password(Messages messages, CommandLine commandLine) {
        if (pdfPasswordVariable == null) {
            return Optional.empty();
        }
        String value = System.getenv(pdfPasswordVariable);
        if (value == null) {
            throw new CommandLine.ParameterException(
                    commandLine, messages.get("sign.pdfPasswordEnvMissing", pdfPasswordVariable));
        }
        return Optional.of(value.toCharArray());
    }
}
