/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.errors.ErrorTexts;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.logging.Logging;
import org.vnsign.token.TokenException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code vnsign} command and its global options. */
@Command(
        name = "vnsign",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {
            TokensCommand.class,
            CertsCommand.class,
            SignCommand.class,
            InitialCommand.class,
            ExtendCommand.class,
            VerifyCommand.class,
            OutboxCommand.class
        },
        description = {
            "VNSign: ký số PDF cho cán bộ, công chức Việt Nam (token PKCS#11, PAdES).",
            "VNSign: PDF signing for Vietnamese public officials (PKCS#11 tokens, PAdES)."
        },
        footerHeading = "%nExit codes / Mã thoát:%n",
        footer = {
            "  0   success / thành công",
            "  3   no usable token or driver / không có token hoặc trình điều khiển dùng được",
            "  4   PIN wrong, locked, expired or cancelled / PIN sai, bị khóa, hết hạn hoặc bị hủy",
            "  5   key or certificate problem / lỗi khóa hoặc chứng thư số",
            "  6   a file was refused or not signed / có tệp bị từ chối hoặc không ký được",
            "  7   a server failed (TSA, OCSP, CRL): level not reached, nothing written / máy chủ lỗi: chưa đạt mức yêu cầu, chưa ghi gì",
            "  64  wrong command-line usage / sai cú pháp lệnh",
            "  70  internal error / lỗi nội bộ",
            "%nEnvironment: VNSIGN_PKCS11_MODULE (extra PKCS#11 modules), VNSIGN_LANG (vi|en)."
        })
public final class VnsignCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(VnsignCommand.class);

    @Spec
    CommandSpec spec;

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Show technical details and log to standard error.")
    boolean verbose;

    @Option(
            names = "--lang",
            scope = ScopeType.INHERIT,
            paramLabel = "vi|en",
            description = "Language of messages (default: VNSIGN_LANG or the system language).")
    String language;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The messages in the language the user chose. */
    Messages messages() {
        return Messages.choose(language, System.getenv("VNSIGN_LANG"), Locale.getDefault());
    }

    /** The names of the subcommands, to tell a command line from documents to open in the app. */
    public static Set<String> subcommandNames() {
        // Read from the annotations: building the picocli model would cost the app's start 0.1 s.
        Command root = VnsignCommand.class.getAnnotation(Command.class);
        return Arrays.stream(root.subcommands())
                .map(type -> type.getAnnotation(Command.class).name())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The messages in the language of {@code VNSIGN_LANG} or the system, before any parsing. */
    public static Messages defaultMessages() {
        return new VnsignCommand().messages();
    }

    /** Whether {@code --verbose} is among the arguments, before parsing (logging is set up first). */
    public static boolean isVerbose(String[] args) {
        return Arrays.asList(args).contains("--verbose");
    }

    /** Parses and runs a command line; returns the process exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        VnsignCommand root = new VnsignCommand();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((failure, arguments) -> {
            Messages messages = root.messages();
            err.println(messages.get("cli.usageError", failure.getMessage()));
            err.println(messages.get(
                    "cli.seeHelp", failure.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((failure, failedCommand, parseResult) -> {
            Messages messages = root.messages();
            if (failure instanceof TokenException tokenError) {
                LOG.warn("Command failed: {}", tokenError.getMessage());
                err.println(messages.get(
                        "cli.error",
                        tokenError.code().name(),
                        ErrorTexts.text(messages, tokenError, ErrorTexts.Surface.CLI)));
                if (root.verbose) {
                    err.println(messages.get("cli.detail", tokenError.detail()));
                }
                return ExitCodes.of(tokenError.code());
            }
            if (failure instanceof CommandLine.ParameterException usage) {
                err.println(messages.get("cli.usageError", usage.getMessage()));
                return ExitCodes.USAGE;
            }
            LOG.error("Unexpected failure", failure);
            err.println(messages.get("cli.internalError", Logging.logFile()));
            if (root.verbose) {
                failure.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        });
        return commandLine.execute(args);
    }
}
