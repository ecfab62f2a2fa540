/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vnsign.token.OperatingSystem;

/**
 * The built-in table of PKCS#11 drivers sold with Vietnamese tokens ({@code modules.tsv}, from
 * vn-conventions section 4). An entry is either an absolute path or a bare file name, which is
 * looked for in the OS's library folders: both System32 and SysWOW64 on Windows, because many
 * vendor installers drop only a 32-bit DLL there, and the user must be told so rather than told
 * "not installed".
 */
public final class ModuleCatalog {
    private static final String RESOURCE = "modules.tsv";

    private final List<Entry> entries;

    ModuleCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The table shipped with VNSign. */
    public static ModuleCatalog builtIn() {
        try (InputStream in = ModuleCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the token-drivers jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModuleCatalog parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IOException("modules.tsv: expected 3 tab-separated columns in: " + line);
            }
            entries.add(new Entry(
                    OperatingSystem.valueOf(columns[0].strip().toUpperCase(Locale.ROOT)),
                    columns[1].strip(),
                    columns[2].strip()));
        }
        return new ModuleCatalog(entries);
    }

    /**
     * The modules to probe on {@code os}: each entry resolved against {@code searchFolders} (first
     * existing file wins, several when the same name exists in several folders); an entry found
     * nowhere is returned once, at its first possible location, so the report can say "not
     * installed". Duplicates by path are dropped.
     */
    public List<ModuleCandidate> candidates(OperatingSystem os, List<Path> searchFolders) {
        Map<Path, ModuleCandidate> byPath = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.os() != os) {
                continue;
            }
            Path given = Path.of(entry.file());
            if (given.isAbsolute() || searchFolders.isEmpty()) {
                byPath.putIfAbsent(given, new ModuleCandidate(entry.vendor(), given));
                continue;
            }
            List<Path> found = searchFolders.stream()
                    .map(folder -> folder.resolve(entry.file()))
                    .filter(Files::isRegularFile)
                    .toList();
            for (Path path : found.isEmpty() ? List.of(searchFolders.get(0).resolve(entry.file())) : found) {
                byPath.putIfAbsent(path, new ModuleCandidate(entry.vendor(), path));
            }
        }
        return List.copyOf(byPath.values());
    }

    /** The folders where bare file names are looked for on this machine. */
    public static List<Path> librarySearchFolders(OperatingSystem os) {
        return switch (os) {
            case WINDOWS -> {
                String root = System.getenv().getOrDefault("SystemRoot", "C:\\Windows");
                yield List.of(Path.of(root, "System32"), Path.of(root, "SysWOW64"));
            }
            case LINUX ->
                List.of(
                        Path.of("/usr/lib/x86_64-linux-gnu"),
                        Path.of("/usr/lib/aarch64-linux-gnu"),
                        Path.of("/usr/lib"),
                        Path.of("/usr/lib64"),
                        Path.of("/usr/local/lib"),
                        Path.of("/usr/lib/pkcs11"),
                        Path.of("/usr/lib/x86_64-linux-gnu/pkcs11"));
            case MACOS ->
                List.of(Path.of("/usr/local/lib"), Path.of("/opt/homebrew/lib"), Path.of("/Library/OpenSC/lib"));
            case OTHER -> List.of();
        };
    }

    record Entry(OperatingSystem os, String vendor, String file) {}
}
