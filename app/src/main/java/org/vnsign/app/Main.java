/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vnsign.app.cli.AllowedToUse;
import org.vnsign.app.cli.ExitCodes;
import org.vnsign.app.cli.VnsignCommand;
import org.vnsign.app.desktop.DesktopLauncher;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.logging.Logging;
import org.vnsign.app.settings.LoginStart;

/**
 * Entry point of {@code vnsign.jar}. Without arguments, or with only PDF files (as the OS "Open
 * with" passes them), it starts the desktop app; with a subcommand or an option it is the {@code
 * vnsign} command line. Without a display, the app cannot start and the command line's help is
 * printed instead.
 *
 * <p>This class must not extend JavaFX's Application: the jar runs from the class path.
 */
@AllowedToUse("the process entry point hands standard output and error to the command line")
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Logging.configure(VnsignCommand.isVerbose(args));
        List<String> origins = DesktopLauncher.allowedOrigins(List.of(args));
        boolean minimized = List.of(args).contains(LoginStart.MINIMIZED);
        args = DesktopLauncher.withoutDesktopOptions(args);
        DesktopLauncher.LanguageAndRest language = DesktopLauncher.language(args);
        if (DesktopLauncher.wantsDesktop(language.rest(), VnsignCommand.subcommandNames())) {
            if (DesktopLauncher.hasDisplay()) {
                language.language().ifPresent(chosen -> System.setProperty(DesktopLauncher.LANGUAGE_PROPERTY, chosen));
                DesktopLauncher.launch(language.rest(), origins, minimized);
                System.exit(0);
                return;
            }
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            Messages messages = VnsignCommand.defaultMessages();
            err.println(messages.get("desktop.noDisplay"));
            if (language.rest().length > 0) {
                System.exit(ExitCodes.USAGE);
                return;
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = VnsignCommand.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
