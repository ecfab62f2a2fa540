/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.token.OperatingSystem;

class ModuleCatalogTest {
    @TempDir
    Path folder;

    @Test
    void builtInTableCoversTheVietnameseVendorsOnEachSystem() {
        ModuleCatalog catalog = ModuleCatalog.builtIn();
        List<String> windowsVendors = catalog.candidates(OperatingSystem.WINDOWS, List.of()).stream()
                .map(ModuleCandidate::vendor)
                .distinct()
                .toList();
        assertThat(windowsVendors)
                .contains(
                        "Viettel-CA",
                        "VNPT-CA",
                        "BkavCA",
                        "FPT-CA",
                        "CA2 (NACENCOMM)",
                        "NewCA",
                        "Feitian ePass2003",
                        "SafeNet eToken");
        assertThat(catalog.candidates(OperatingSystem.LINUX, List.of()))
                .extracting(c -> c.path().toString())
                .contains("/usr/lib/fptca_v4.so");
        assertThat(catalog.candidates(OperatingSystem.MACOS, List.of()))
                .extracting(c -> c.path().toString())
                .contains("/usr/local/lib/viettel-ca_v6.dylib");
    }

    @Test
    void bareNamesAreFoundInEverySearchFolderSoA32BitCopyIsReportedToo() throws IOException {
        Path system32 = Files.createDirectories(folder.resolve("System32"));
        Path sysWow64 = Files.createDirectories(folder.resolve("SysWOW64"));
        Files.writeString(system32.resolve("viettel-ca_v6.dll"), "x");
        Files.writeString(sysWow64.resolve("viettel-ca_v6.dll"), "x");

        List<ModuleCandidate> candidates =
                ModuleCatalog.builtIn().candidates(OperatingSystem.WINDOWS, List.of(system32, sysWow64));

        assertThat(candidates)
                .extracting(ModuleCandidate::path)
                .contains(system32.resolve("viettel-ca_v6.dll"), sysWow64.resolve("viettel-ca_v6.dll"));
    }

    @Test
    void namesFoundNowhereAreListedOnceAtTheirFirstLocation() {
        Path only = folder.resolve("lib");
        List<ModuleCandidate> candidates =
                ModuleCatalog.builtIn().candidates(OperatingSystem.LINUX, List.of(only, folder.resolve("lib64")));

        assertThat(candidates)
                .extracting(ModuleCandidate::path)
                .contains(only.resolve("libcastle.so"))
                .doesNotContain(folder.resolve("lib64").resolve("libcastle.so"));
    }

    @Test
    void rejectsMalformedRows() {
        var reader = new java.io.BufferedReader(new java.io.StringReader("linux\tonly two columns\n"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModuleCatalog.parse(reader))
                .isInstanceOf(IOException.class);
    }
}
