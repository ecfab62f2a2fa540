/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The exit codes are a contract with scripts and QLVB integrations (docs/cli-json.md, {@code vnsign
 * --help}): the numbers are pinned here as literals, so changing a constant fails a test instead of
 * silently breaking a caller. The other tests compare with the constants; this one pins what they are.
 */
class ExitCodesTest {
    @Test
    void theDocumentedNumbersNeverChange() {
        assertThat(ExitCodes.OK).isZero();
        assertThat(ExitCodes.NO_TOKEN).isEqualTo(3);
        assertThat(ExitCodes.PIN).isEqualTo(4);
        assertThat(ExitCodes.KEY).isEqualTo(5);
        assertThat(ExitCodes.DOCUMENT).isEqualTo(6);
        assertThat(ExitCodes.NETWORK).isEqualTo(7);
        assertThat(ExitCodes.USAGE).isEqualTo(64);
        assertThat(ExitCodes.INTERNAL).isEqualTo(70);
        assertThat(VerifyCommand.INDETERMINATE).isEqualTo(1);
        assertThat(VerifyCommand.INVALID).isEqualTo(2);
    }

    @Test
    void helpListsEveryCodeWithItsNumber() {
        String help = new CommandLine(new VnsignCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        Map<Integer, String> listed = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^ {2}(\\d+) +(.+)$").matcher(help.substring(help.indexOf("Exit codes")));
        while (line.find()) {
            listed.put(Integer.parseInt(line.group(1)), line.group(2));
        }
        assertThat(listed.keySet())
                .containsExactly(
                        ExitCodes.OK,
                        ExitCodes.NO_TOKEN,
                        ExitCodes.PIN,
                        ExitCodes.KEY,
                        ExitCodes.DOCUMENT,
                        ExitCodes.NETWORK,
                        ExitCodes.USAGE,
                        ExitCodes.INTERNAL);
        assertThat(listed.get(7)).contains("server");
        assertThat(listed.get(4)).contains("PIN");
    }
}
