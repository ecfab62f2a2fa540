/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vnsign.signer.OutputFiles;

/**
 * The desktop's output name: {@code <name>.signed.pdf} next to the input, or the first free
 * {@code <name>.signed-2.pdf}, {@code -3}, ... so that signing twice never overwrites anything.
 */
public final class OutputNames {
    private OutputNames() {}

    public static Path free(Path input, String suffix) {
        return free(input, suffix, null);
    }

    /** The first free name in {@code folder}, or next to the input when {@code folder} is null. */
    public static Path free(Path input, String suffix, Path folder) {
        Path first = OutputFiles.defaultOutput(input, suffix, folder);
        if (!Files.exists(first)) {
            return first;
        }
        String name = first.getFileName().toString();
        String base = name.substring(0, name.length() - ".pdf".length());
        for (int n = 2; ; n++) {
            Path candidate = first.resolveSibling(base + "-" + n + ".pdf");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
