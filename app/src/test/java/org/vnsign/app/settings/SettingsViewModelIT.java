/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.i18n.Messages;
import org.vnsign.testsupport.images.TestImages;
import org.vnsign.testsupport.pki.InternalTlsCa;
import org.vnsign.testsupport.pki.TestPki;

class SettingsViewModelIT {
    @TempDir
    Path dir;

    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    void keepsATransparentPngAndRefusesAnImageThatWouldHideTheText() throws Exception {
        SettingsViewModel model = new SettingsViewModel(Settings.defaults(), english);
        Path seal = Files.write(dir.resolve("con-dau.png"), TestImages.seal());
        Path photo = Files.write(dir.resolve("anh.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});

        assertThat(model.setImage(model.sealImageProperty(), seal)).isTrue();
        assertThat(model.setImage(model.sealImageProperty(), photo)).isFalse();

        assertThat(model.sealImageProperty().get())
                .isEqualTo(seal.toAbsolutePath().toString());
        assertThat(model.problemProperty().get()).isEqualTo(english.get("settings.image.NOT_PNG", "anh.jpg"));
        assertThat(model.toSettings().orElseThrow().sealImage())
                .isEqualTo(seal.toAbsolutePath().toString());
    }

    @Test
    void aTrustAnchorIsListedWithItsFingerprintAndAnUnreadableOneIsRefused() throws Exception {
        SettingsViewModel model = new SettingsViewModel(Settings.defaults(), english);
        Path root =
                Files.write(dir.resolve("root.crt"), TestPki.generate().root().getEncoded());
        Path junk = Files.writeString(dir.resolve("junk.crt"), "not a certificate");

        assertThat(model.addAnchor(root)).isTrue();
        assertThat(model.addAnchor(junk)).isFalse();

        assertThat(model.anchors()).singleElement().satisfies(anchor -> assertThat(anchor.description())
                .contains("SHA-256 "));
        assertThat(model.toSettings().orElseThrow().trustAnchors())
                .containsExactly(root.toAbsolutePath().toString());
        assertThat(model.problemProperty().get()).contains("junk.crt");
    }

    @Test
    void theQlvbServerIsSavedOnlyWithAnHttpAddressAndAReadableExtraCa() throws Exception {
        SettingsViewModel model = new SettingsViewModel(Settings.defaults(), english);
        model.serverUrlProperty().set("qlvb.tinh.gov.vn/api");
        assertThat(model.toSettings()).isEmpty();
        assertThat(model.problemProperty().get())
                .contains("qlvb.tinh.gov.vn/api")
                .contains("https://");

        model.serverUrlProperty().set("https://qlvb.tinh.gov.vn/api/vnsign/v1 ");
        model.serverTokenProperty().set("abc");
        model.serverCaProperty()
                .set(Files.writeString(dir.resolve("ca.pem"), "x").toString());
        assertThat(model.toSettings()).isEmpty();
        assertThat(model.problemProperty().get()).contains("ca.pem").contains("holds no certificate");

        Path ca = InternalTlsCa.generate().writeRootPem(dir.resolve("ca-noi-bo.pem"));
        model.serverCaProperty().set(ca.toString());
        assertThat(model.toSettings().orElseThrow().server())
                .isEqualTo(new DocumentServer("https://qlvb.tinh.gov.vn/api/vnsign/v1", "abc", ca.toString()));
    }

    @Test
    void anInvalidTimeFormatIsNotSaved() {
        SettingsViewModel model = new SettingsViewModel(Settings.defaults(), english);
        model.timePatternProperty().set("dd.MM.yyyy {");

        assertThat(model.toSettings()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo(english.get("settings.badTimePattern", "dd.MM.yyyy {"));
    }

    @Test
    void editsKeepTheRecentFilesAndTheChosenOptions() {
        Settings before = Settings.defaults().withRecent("/docs/a.pdf");
        SettingsViewModel model = new SettingsViewModel(before, english);
        model.nameProperty().set("  Lê Thị Hoa ");
        model.levelProperty().set("B-LT");
        model.onlyListedModulesProperty().set(true);

        Settings after = model.toSettings().orElseThrow();
        assertThat(after.name()).isEqualTo("Lê Thị Hoa");
        assertThat(after.level()).isEqualTo("B-LT");
        assertThat(after.onlyListedModules()).isTrue();
        assertThat(after.recentFiles()).containsExactly("/docs/a.pdf");
    }
}
