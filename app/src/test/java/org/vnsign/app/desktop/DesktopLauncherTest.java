/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesktopLauncherTest {
    private static final Set<String> COMMANDS = Set.of("sign", "verify", "tokens");

    @Test
    void noArgumentsOrOnlyDocumentsStartTheApp() {
        assertThat(DesktopLauncher.wantsDesktop(new String[0], COMMANDS)).isTrue();
        assertThat(DesktopLauncher.wantsDesktop(new String[] {"/home/an/to trinh.pdf"}, COMMANDS))
                .isTrue();
    }

    @Test
    void aSubcommandOrAnOptionIsTheCommandLine() {
        assertThat(DesktopLauncher.wantsDesktop(new String[] {"verify", "a.pdf"}, COMMANDS))
                .isFalse();
        assertThat(DesktopLauncher.wantsDesktop(new String[] {"--version"}, COMMANDS))
                .isFalse();
        assertThat(DesktopLauncher.wantsDesktop(new String[] {"a.pdf", "--help"}, COMMANDS))
                .isFalse();
    }

    @Test
    void aLanguageBeforeADocumentOpensTheWindowInThatLanguage() {
        DesktopLauncher.LanguageAndRest spaced = DesktopLauncher.language(new String[] {"--lang", "en", "a.pdf"});
        DesktopLauncher.LanguageAndRest joined = DesktopLauncher.language(new String[] {"--lang=vi"});
        DesktopLauncher.LanguageAndRest command =
                DesktopLauncher.language(new String[] {"--lang", "en", "verify", "a.pdf"});

        assertThat(spaced.language()).contains("en");
        assertThat(spaced.rest()).containsExactly("a.pdf");
        assertThat(DesktopLauncher.wantsDesktop(spaced.rest(), COMMANDS)).isTrue();
        assertThat(joined.language()).contains("vi");
        assertThat(DesktopLauncher.wantsDesktop(joined.rest(), COMMANDS)).isTrue();
        assertThat(DesktopLauncher.wantsDesktop(command.rest(), COMMANDS))
                .as("a command keeps its --lang: Main passes the original arguments to it")
                .isFalse();
    }

    @Test
    void anOpenWithFileUriIsTheDocumentAndAVnsignLinkNamesNone() {
        assertThat(DesktopLauncher.document(List.of("file:///home/an/V%C4%83n%20b%E1%BA%A3n.pdf")))
                .contains(Path.of("/home/an/Văn bản.pdf"));
        assertThat(DesktopLauncher.document(List.of("/tmp/a.pdf"))).contains(Path.of("/tmp/a.pdf"));
        assertThat(DesktopLauncher.document(List.of("vnsign://sign?x=1"))).isEmpty();
        assertThat(DesktopLauncher.document(List.of())).isEmpty();
    }

    @Test
    void allowedOriginsAreTakenOutOfTheArgumentsInBothSpellings() {
        String[] args = {
            "--allow-origin", "https://a.gov.vn", "van-ban.pdf", "--allow-origin=https://b.gov.vn", "--minimized"
        };

        assertThat(DesktopLauncher.allowedOrigins(List.of(args)))
                .containsExactly("https://a.gov.vn", "https://b.gov.vn");
        assertThat(DesktopLauncher.withoutDesktopOptions(args)).containsExactly("van-ban.pdf");
    }
}
