/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code WORKDIR [WARMUP ITERATIONS]}, what every warm benchmark takes; the folder is created. */
record BenchArguments(Path work, int warmup, int iterations) {
    static BenchArguments parse(String[] args) throws IOException {
        Path work = Files.createDirectories(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        return new BenchArguments(work, warmup, iterations);
    }
}
