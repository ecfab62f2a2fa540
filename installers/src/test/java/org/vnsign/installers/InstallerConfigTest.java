/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.installers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What can be checked here of the installers that only the CI runners of each system build: the
 * jpackage option files name files that exist, the jlink modules exist, the macOS Info.plist is a
 * well-formed plist with the vnsign:// scheme once jpackage fills it in, the Linux desktop entry
 * and scripts keep jpackage's placeholders and add what VNSign needs, and the CI workflow builds on
 * the three systems with every action pinned by commit hash.
 */
class InstallerConfigTest {
    private static final Path HERE = Path.of("").toAbsolutePath();
    private static final Pattern QUOTED_OR_WORD = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");

    /** The words of a jpackage @argfile, quotes removed. */
    private static List<String> args(String name) throws IOException {
        List<String> words = new ArrayList<>();
        Matcher matcher =
                QUOTED_OR_WORD.matcher(Files.readString(HERE.resolve("jpackage").resolve(name)));
        while (matcher.find()) {
            words.add(
                    matcher.group(1) != null
                            ? matcher.group(1)
                            : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        return words;
    }

    private static String value(List<String> args, String option) {
        int index = args.indexOf(option);
        assertThat(index).as(option).isNotNegative();
        return args.get(index + 1);
    }

    @Test
    void everyFileTheJpackageOptionsNameExists() throws IOException {
        for (String file : List.of(
                "common.args", "linux.args", "linux-deb.args", "linux-rpm.args", "windows.args", "macos.args")) {
            List<String> args = args(file);
            for (String option : List.of("--license-file", "--file-associations", "--resource-dir", "--icon")) {
                if (args.contains(option)) {
                    assertThat(HERE.resolve(value(args, option)))
                            .as(file + " " + option)
                            .exists();
                }
            }
            if (args.contains("--add-launcher")) {
                String launcher = value(args, "--add-launcher");
                assertThat(HERE.resolve(launcher.substring(launcher.indexOf('=') + 1)))
                        .exists();
            }
        }
    }

    @Test
    void theRuntimeModulesExistAndIncludeTheTokensAndTheWindowsStoreOnWindows() throws IOException {
        List<String> common = modules("modules.txt");
        assertThat(common).contains("jdk.crypto.cryptoki", "jdk.crypto.ec", "java.net.http", "jdk.unsupported");
        ModuleFinder system = ModuleFinder.ofSystem();
        for (String module : common) {
            assertThat(system.find(module)).as(module).isPresent();
        }
        assertThat(modules("modules-windows.txt")).containsExactly("jdk.crypto.mscapi");
    }

    private static List<String> modules(String file) throws IOException {
        return Files.readAllLines(HERE.resolve("jlink").resolve(file)).stream()
                .map(line -> line.replaceAll("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    @Test
    void windowsInstallsPerUserWithAFixedUpgradeCodeAMenuEntryAndAConsoleCommand() throws IOException {
        List<String> args = args("windows.args");
        assertThat(UUID.fromString(value(args, "--win-upgrade-uuid"))).isNotNull();
        assertThat(args).contains("--win-menu", "--win-per-user-install", "--win-shortcut");
        Properties launcher = new Properties();
        launcher.load(new StringReader(Files.readString(HERE.resolve("jpackage/windows-console-launcher.properties"))));
        assertThat(launcher.getProperty("win-console")).isEqualTo("true");
        assertThat(args(("common.args"))).contains("--file-associations");
    }

    @Test
    void theLinuxCommandOnThePathIsItsOwnLauncherWithTheArchiveAndC1Only() throws IOException {
        assertThat(value(args("linux.args"), "--add-launcher"))
                .isEqualTo("vnsign=jpackage/linux-cli-launcher.properties");
        Properties launcher = new Properties();
        launcher.load(new StringReader(Files.readString(HERE.resolve("jpackage/linux-cli-launcher.properties"))));
        assertThat(launcher.getProperty("java-options"))
                .contains("-XX:SharedArchiveFile=$APPDIR/vnsign.jsa")
                .contains("-XX:TieredStopAtLevel=1");
        assertThat(launcher.getProperty("linux-shortcut")).isEqualTo("false");
    }

    @Test
    void theMacInfoPlistIsAPlistWithTheUrlSchemeOnceJpackageFillsItIn() throws Exception {
        String template = Files.readString(HERE.resolve("macos/resources/Info.plist"));
        for (String placeholder : List.of(
                "DEPLOY_LAUNCHER_NAME",
                "DEPLOY_BUNDLE_IDENTIFIER",
                "DEPLOY_BUNDLE_SHORT_VERSION",
                "DEPLOY_BUNDLE_CFBUNDLE_VERSION",
                "DEPLOY_FILE_ASSOCIATIONS")) {
            assertThat(template).contains(placeholder);
        }
        String filled = template.replaceAll("DEPLOY_FILE_ASSOCIATIONS", "").replaceAll("DEPLOY_[A-Z_]+", "x");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document plist = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(filled.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(plist.getDocumentElement().getTagName()).isEqualTo("plist");
        assertKeysAlternateWithValues(plist.getDocumentElement());
        assertThat(filled).contains("<key>CFBundleURLSchemes</key>").contains("<string>vnsign</string>");
        assertThat(args("macos.args")).contains("--mac-package-identifier");
    }

    /** In every dict, a key and then its value, all the way down. */
    private static void assertKeysAlternateWithValues(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        if (element.getTagName().equals("dict")) {
            assertThat(children.size() % 2).as("keys and values in a dict").isZero();
            for (int i = 0; i < children.size(); i += 2) {
                assertThat(children.get(i).getTagName()).isEqualTo("key");
                assertThat(children.get(i + 1).getTagName()).isNotEqualTo("key");
            }
        }
        children.forEach(InstallerConfigTest::assertKeysAlternateWithValues);
    }

    @Test
    void theLinuxDesktopEntryOpensPdfsAndVnsignLinksAndTheScriptsKeepJpackagesPlaceholders() throws IOException {
        String desktop = Files.readString(HERE.resolve("linux/resources/VNSign.desktop"));
        assertThat(desktop)
                .contains("Exec=APPLICATION_LAUNCHER %U")
                .contains("MimeType=application/pdf;x-scheme-handler/vnsign;")
                .contains("Categories=Office;");
        assertThat(Files.readString(HERE.resolve("linux/resources/postinst")))
                .contains("DESKTOP_COMMANDS_INSTALL")
                .contains("integration.sh install");
        assertThat(Files.readString(HERE.resolve("linux/resources/prerm")))
                .contains("DESKTOP_COMMANDS_UNINSTALL")
                .contains("UTILITY_SCRIPTS")
                .contains("integration.sh remove");
        assertThat(Files.readString(HERE.resolve("linux/resources/control")))
                .contains("Recommends: pcscd")
                .contains("PACKAGE_DEFAULT_DEPENDENCIES");
        assertThat(value(args("linux-deb.args"), "--linux-package-deps")).contains("libpcsclite1");
        assertThat(value(args("linux-rpm.args"), "--linux-package-deps")).contains("pcsc-lite-libs");
        assertThat(Files.readString(HERE.resolve("linux/resources/vnsign.spec")))
                .contains("DESKTOP_COMMANDS_INSTALL")
                .contains("integration.sh install")
                .contains("integration.sh remove");
        assertThat(Files.readString(HERE.resolve("linux/integration.sh")))
                .contains("ln -sf \"$app/bin/vnsign\" /usr/bin/vnsign")
                .contains("-Xshare:dump");
    }

    @Test
    void theWorkflowBuildsOnTheThreeSystemsWithEveryActionPinnedByCommitHash() throws IOException {
        Path workflow = HERE.resolveSibling(".github/workflows/installers.yml");
        JsonNode jobs =
                new ObjectMapper(new YAMLFactory()).readTree(workflow.toFile()).get("jobs");
        List<String> runners = new ArrayList<>();
        jobs.forEach(job -> runners.add(job.get("runs-on").asText()));
        assertThat(runners)
                .anyMatch(r -> r.startsWith("ubuntu"))
                .anyMatch(r -> r.startsWith("windows"))
                .anyMatch(r -> r.startsWith("macos"));
        jobs.forEach(job -> {
            String steps = job.get("steps").toString();
            assertThat(steps).contains("-Pinstallers package").contains("upload-artifact");
            job.get("steps").forEach(step -> {
                if (step.has("uses")) {
                    assertThat(step.get("uses").asText()).matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}");
                }
            });
        });
    }
}
