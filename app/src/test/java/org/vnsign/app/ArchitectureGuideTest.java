/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/architecture.md} is the newcomer's map, so it must stay true: every class it names in
 * backticks ({@code Name}, {@code Name.method}, {@code Outer.Inner}) is a class of the project, and
 * every package it names exists.
 */
class ArchitectureGuideTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern CLASS =
            Pattern.compile("([A-Z][a-z0-9]+[A-Za-z0-9]*)(?:\\.([A-Z][A-Za-z0-9]*))?(?:\\.[a-z]\\w*)?");
    private static final Pattern PACKAGE = Pattern.compile("org\\.vnsign(?:\\.[a-z][a-z0-9]*)+");

    @Test
    void everyClassAndPackageTheGuideNamesExists() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/architecture.md"));
        Set<String> classes = new HashSet<>();
        Set<String> packages = new HashSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/target/"))
                    .toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                classes.add(name);
                String text = Files.readString(file);
                Matcher nested = Pattern.compile("(?:class|interface|record|enum) ([A-Z]\\w*)")
                        .matcher(text);
                while (nested.find()) {
                    classes.add(name + "." + nested.group(1));
                }
                Matcher declared = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE)
                        .matcher(text);
                if (declared.find()) {
                    packages.add(declared.group(1));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        Matcher code = CODE.matcher(guide);
        while (code.find()) {
            String token = code.group(1).trim();
            Matcher asClass = CLASS.matcher(token);
            if (asClass.matches()) {
                checked++;
                String outer = asClass.group(1);
                String inner = asClass.group(2);
                String wanted = inner == null ? outer : outer + "." + inner;
                if (!classes.contains(wanted)) {
                    missing.add(wanted);
                }
            } else if (PACKAGE.matcher(token).matches()) {
                checked++;
                if (!packages.contains(token)) {
                    missing.add(token);
                }
            }
        }
        assertThat(checked).as("names checked").isGreaterThan(100);
        assertThat(missing)
                .as("names in docs/architecture.md that do not exist")
                .isEmpty();
    }
}
