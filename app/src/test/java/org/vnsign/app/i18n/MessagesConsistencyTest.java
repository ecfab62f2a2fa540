/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vnsign.app.settings.ImageCheck;
import org.vnsign.app.signatures.SignatureStatus;
import org.vnsign.signer.SignatureKind;
import org.vnsign.signer.SignerError;
import org.vnsign.token.CertificateFlag;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.PinFlag;
import org.vnsign.token.SourceState;

/**
 * Both languages have the same keys, every key used in the code exists, and no key is orphaned
 * (the DSS MessageTagTest and JabRef LocalizationConsistencyTest idea).
 */
class MessagesConsistencyTest {
    /** Keys built at run time from an enum name: prefix and the enum's constants. */
    static final List<DynamicKeys> DYNAMIC = List.of(
            new DynamicKeys("error.", names(ErrorCode.values())),
            new DynamicKeys("state.", names(SourceState.values())),
            new DynamicKeys("pin.state.", names(PinFlag.values())),
            new DynamicKeys("pin.warning.", names(PinFlag.values())),
            new DynamicKeys("certflag.", names(CertificateFlag.values())),
            new DynamicKeys("signer.", names(SignerError.values())),
            new DynamicKeys("action.", names(SignatureKind.values())),
            new DynamicKeys("sign.button.", names(SignatureKind.values())),
            new DynamicKeys("copyForm.", names(org.vnsign.signer.CopyForm.values())),
            new DynamicKeys(
                    "settings.value.",
                    Set.of(
                            "BOTTOM_RIGHT",
                            "BOTTOM_LEFT",
                            "TOP_RIGHT",
                            "TOP_LEFT",
                            "B-B",
                            "B-T",
                            "B-LT",
                            "B-LTA",
                            "vi",
                            "en")),
            new DynamicKeys("settings.image.", names(ImageCheck.Problem.values())),
            new DynamicKeys("signatures.status.", names(SignatureStatus.values())),
            new DynamicKeys("ui.error.", desktopOverrides(), false));

    /** The desktop may word any token or signer error code its own way. */
    static Set<String> desktopOverrides() {
        Set<String> names = new HashSet<>(names(ErrorCode.values()));
        names.addAll(names(SignerError.values()));
        return names;
    }

    /** @param complete whether every name must have a message (false: optional overrides) */
    record DynamicKeys(String prefix, Set<String> names, boolean complete) {
        DynamicKeys(String prefix, Set<String> names) {
            this(prefix, names, true);
        }
    }

    static Set<String> names(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_vi.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void everyEnumValueShownToUsersHasAMessage() throws IOException {
        Set<String> keys = keys("messages.properties");
        for (DynamicKeys dynamic : DYNAMIC) {
            for (String name : dynamic.names()) {
                if (dynamic.complete() && !dynamic.prefix().equals("pin.warning.")) {
                    assertThat(keys)
                            .as("message for " + dynamic.prefix() + name)
                            .contains(dynamic.prefix() + name);
                }
            }
        }
    }

    /**
     * A text with {0}-style arguments goes through MessageFormat, where a lone apostrophe starts a
     * quoted section and swallows what follows (the argument too): such texts must double it.
     */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String file : List.of("messages.properties", "messages_vi.properties")) {
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(
                    Path.of("src/main/resources/org/vnsign/app/i18n").resolve(file), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                if (text.matches("(?s).*\\{\\d+[^}]*}.*")) {
                    assertThat(text.replace("''", "")).as("%s in %s", key, file).doesNotContain("'");
                }
            }
        }
    }

    /**
     * JavaFX words its standard buttons and the "Show Details" link itself, in English for a
     * Vietnamese user (it has no Vietnamese): dialogs use {@code DialogButtons} and their own
     * details section instead.
     */
    @Test
    void noDialogShowsJavaFxsOwnEnglishButtons() throws IOException {
        Pattern english = Pattern.compile(
                "ButtonType\\.(OK|CANCEL|CLOSE|YES|NO|APPLY|FINISH|NEXT|PREVIOUS)\\b|setExpandableContent");
        List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher matcher = english.matcher(code);
                while (matcher.find()) {
                    found.add(source.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyKeyUsedInTheCodeExistsAndNoKeyIsOrphaned() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("messages(?:\\(\\))?\\.(?:get|has)\\(\\s*\"([a-zA-Z0-9_.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Set<String> keys = keys("messages.properties");
        assertThat(keys).containsAll(used.stream().filter(k -> !k.endsWith(".")).toList());
        Set<String> orphans = new HashSet<>(keys);
        orphans.removeAll(used);
        orphans.removeIf(key -> DYNAMIC.stream()
                .anyMatch(d -> key.startsWith(d.prefix())
                        && d.names().contains(key.substring(d.prefix().length()))));
        assertThat(orphans).as("keys no code uses").isEmpty();
    }

    @Test
    void choosesTheLanguageFromOptionThenEnvironmentThenSystem() {
        assertThat(Messages.choose("vi", null, Locale.ENGLISH).locale()).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.choose(null, "vi", Locale.ENGLISH).locale()).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.choose("en", "vi", Messages.VIETNAMESE).locale()).isEqualTo(Locale.ROOT);
        assertThat(Messages.choose(null, null, Locale.forLanguageTag("vi-VN")).locale())
                .isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.choose(null, null, Locale.GERMAN).get("error.TOKEN_LOCKED"))
                .startsWith("The token PIN is locked");
    }
}
