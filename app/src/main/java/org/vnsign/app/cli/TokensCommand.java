/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.vnsign.app.i18n.Messages;
import org.vnsign.token.SourceReport;
import org.vnsign.token.SourceState;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenProviders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vnsign tokens}: every module probed and what it holds. */
@Command(
        name = "tokens",
        mixinStandardHelpOptions = true,
        description = {
            "Liệt kê các trình điều khiển PKCS#11 đã dò và các token tìm thấy.",
            "List the PKCS#11 modules probed and the tokens found, with their PIN state."
        })
final class TokensCommand extends TokenSubcommand {
    @Option(names = "--all", description = "Also list built-in drivers that are not installed (always in JSON).")
    boolean all;

    @Override
    public Integer call() {
        List<SourceReport> reports = TokenProviders.installed().discover(moduleOptions.discoveryOptions());
        PrintWriter out = out();
        if (json) {
            out.println(JsonViews.toJson(new JsonViews.Sources(
                    reports.stream().map(JsonViews.Source::of).toList())));
        } else {
            printText(reports, messages(), out);
        }
        return TokenProviders.tokensIn(reports).isEmpty() ? ExitCodes.NO_TOKEN : ExitCodes.OK;
    }

    private void printText(List<SourceReport> reports, Messages messages, PrintWriter out) {
        int hidden = 0;
        for (SourceReport report : reports) {
            if (report.state() == SourceState.NOT_INSTALLED
                    && !all
                    && !report.vendor().isEmpty()) {
                hidden++;
                continue;
            }
            String vendor = report.vendor().isEmpty() ? "" : " (" + report.vendor() + ")";
            out.println(messages.get(
                    "tokens.source",
                    report.kind(),
                    report.location() + vendor,
                    messages.get("state." + report.state().name())));
            report.libraryDescription().ifPresent(description -> out.println("    " + description));
            if (!report.detail().isEmpty()) {
                out.println("    " + report.detail());
            }
            for (TokenDescriptor token : report.tokens()) {
                out.println("  * "
                        + messages.get(
                                "tokens.token",
                                token.label().isEmpty() ? messages.get("tokens.noLabel") : token.label(),
                                token.manufacturer() + " " + token.model(),
                                token.serialNumber(),
                                Long.toUnsignedString(token.slotId())));
                out.println("    " + messages.get("tokens.pin", PinText.describe(token.pinFlags(), messages)));
            }
        }
        if (hidden > 0) {
            out.println(messages.get("tokens.hidden", String.valueOf(hidden)));
        }
        if (TokenProviders.tokensIn(reports).isEmpty()) {
            out.println(messages.get("error.TOKEN_NOT_PRESENT"));
        }
    }
}
