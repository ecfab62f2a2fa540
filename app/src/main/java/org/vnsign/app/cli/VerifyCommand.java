/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.verify.Change;
import org.vnsign.signer.verify.DocumentVerifier;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vnsign verify}: every signature of every file, offline unless {@code --online}; one line
 * per file a person reads first, then each signature. Exit 0 when all are VALID, 1 when any is
 * INDETERMINATE or a file changed after signing, 2 when any is INVALID.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Kiểm tra chữ ký số của tài liệu PDF (mặc định không cần mạng).",
            "Verify the digital signatures of PDF documents (offline by default)."
        })
final class VerifyCommand extends Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyCommand.class);
    static final int INDETERMINATE = 1;
    static final int INVALID = 2;

    @Mixin
    FileOptions fileOptions;

    @Option(
            names = "--online",
            description = "Ask OCSP responders and CRL servers when the file lacks revocation data.")
    boolean online;

    @CommandLine.Mixin
    TrustOptions trustOptions = new TrustOptions();

    @Option(
            names = "--extract-revision",
            paramLabel = "N",
            description = "Write exactly what signature N signed to --out (default <name>.revision-N.pdf).")
    Integer extractRevision;

    @Override
    public Integer call() {
        Messages messages = messages();
        CommandLine commandLine = spec.commandLine();
        DocumentVerifier verifier = DocumentVerifiers.create(Clock.systemUTC(), NetworkSettings.defaults());
        if (extractRevision != null) {
            return extract(verifier, messages, commandLine);
        }
        TrustAnchors anchors = trustOptions.anchors(messages, commandLine);
        Optional<char[]> password = fileOptions.password(messages, commandLine);
        List<VerifyJson.File> views = new ArrayList<>();
        Indication worst = Indication.VALID;
        boolean unreadable = false;
        PrintWriter printer = out();
        for (Path file : fileOptions.files) {
            VerifyRequest request = new VerifyRequest(file, anchors, online, password);
            try {
                VerificationReport report = verifier.verify(request);
                worst = worst.worst(report.verdict());
                views.add(VerifyJson.File.of(report));
                if (!json) {
                    printText(printer, messages, report);
                }
            } catch (SignerException e) {
                unreadable = true;
                failed(printer, messages, views, file, e);
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                // The verifier turns every failure into a result; should one escape, it is still this
                // file's result and the batch goes on.
                LOG.warn("Verifying {} failed unexpectedly", file, e);
                unreadable = true;
                failed(printer, messages, views, file, new SignerException(SignerError.PDF_DAMAGED, e.toString(), e));
            }
        }
        if (json) {
            printer.println(JsonViews.toJson(views.size() == 1 ? views.get(0) : new VerifyJson.Files(views)));
        }
        return exitCode(worst, unreadable);
    }

    private void failed(
            PrintWriter printer, Messages messages, List<VerifyJson.File> views, Path file, SignerException e) {
        String message = Failures.message(messages, e);
        views.add(VerifyJson.File.failed(file.toString(), e.error().name(), message));
        if (!json) {
            printer.println(messages.get("verify.failed", file, e.error().name(), message));
        }
    }

    /** INVALID outranks an unreadable file, which outranks INDETERMINATE: the gravest answer wins. */
    static int exitCode(Indication worst, boolean unreadable) {
        if (worst == Indication.INVALID) {
            return INVALID;
        }
        if (unreadable) {
            return ExitCodes.DOCUMENT;
        }
        return worst == Indication.INDETERMINATE ? INDETERMINATE : ExitCodes.OK;
    }

    private Integer extract(DocumentVerifier verifier, Messages messages, CommandLine commandLine) {
        if (fileOptions.files.size() != 1) {
            throw new CommandLine.ParameterException(commandLine, messages.get("verify.extractOneFile"));
        }
        Path input = fileOptions.files.get(0);
        Path output = fileOptions.output(input, "revision-" + extractRevision);
        try {
            verifier.extractRevision(input, extractRevision, output, fileOptions.overwrite);
            out().println(
                            json
                                    ? JsonViews.toJson(
                                            new Extracted(input.toString(), extractRevision, output.toString()))
                                    : messages.get("verify.extracted", String.valueOf(extractRevision), input, output));
            return ExitCodes.OK;
        } catch (SignerException e) {
            out().println(messages.get("verify.failed", input, e.error().name(), Failures.message(messages, e)));
            return ExitCodes.DOCUMENT;
        }
    }

    record Extracted(String file, int revision, String output) {}

    private static void printText(PrintWriter printer, Messages messages, VerificationReport report) {
        printer.println(
                messages.get("verify.file", report.file(), report.summary().in(messages.locale())));
        List<SignatureReport> all = new ArrayList<>(report.signatures());
        all.addAll(report.timestamps());
        for (SignatureReport signature : all) {
            printer.println(messages.get(
                    "verify.signature",
                    String.valueOf(signature.index()),
                    signature.signer().isEmpty() ? signature.fieldName() : signature.signer(),
                    signature.indication().name()
                            + signature.subIndication().map(s -> "/" + s.name()).orElse(""),
                    signature.level().map(l -> l.label()).orElse("-"),
                    signature.reason().in(messages.locale())));
            for (Change change : signature.changes()) {
                if (!change.allowed()) {
                    printer.println(
                            messages.get("verify.change", change.description().in(messages.locale())));
                }
            }
        }
    }
}
