/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.DocumentSigner;
import org.vnsign.signer.DocumentSigners;
import org.vnsign.signer.KeyPairValueSource;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerIdentity;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.TimestampServer;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.services.LoopbackPki;

/**
 * What each PAdES level costs with the loopback servers (Bouncy Castle TSA, OpenSSL's OCSP
 * responder, CRLs over HTTP): the warm median of an invisible signature on a two-page letter, with
 * the default pacing of one request per 200 ms to a time-stamping server (what a batch sees) and
 * without it (the work itself), the first signature of a fresh signer with an empty cache (the TSA
 * size probe and every fetch), and the bytes each level adds to the file. Prints a Markdown table.
 *
 * <p>Usage: {@code LongTermBench WORKDIR [WARMUP ITERATIONS]}.
 */
public final class LongTermBench {
    private LongTermBench() {}

    public static void main(String[] args) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args);
        Path work = arguments.work();
        int warmup = arguments.warmup();
        int iterations = arguments.iterations();
        LoopbackPki services = LoopbackPki.shared();
        TestIdentity identity = services.pki().identity(KeyProfile.RSA_2048);
        SignerIdentity signer = SignerIdentity.of(identity.chain());
        KeyPairValueSource key = new KeyPairValueSource(identity.keyPair().getPrivate());
        TimestampServer tsa =
                new TimestampServer(services.timestampUrl(), Optional.empty(), Optional.empty(), Optional.empty());
        Path input = new Decree30Pdf().write(work.resolve("letter.pdf"));
        long inputSize = Files.size(input);

        System.out.println("| level | warm median ms, paced | warm median ms, unpaced | min–max ms, unpaced"
                + " | first signature, empty cache ms | bytes added |");
        System.out.println("|---|---|---|---|---|---|");
        int run = 0;
        for (SignatureLevel level : SignatureLevel.values()) {
            NetworkSettings paced = settings(work.resolve("cache-warm"));
            double[] pacedTimes =
                    SigningBench.time(task(signer(paced), signer, key, level, tsa), input, work, warmup, iterations);
            double[] times = SigningBench.time(
                    task(signer(paced.withMinimumInterval(Duration.ZERO)), signer, key, level, tsa),
                    input,
                    work,
                    warmup,
                    iterations);
            DocumentSigner fresh = signer(settings(work.resolve("cache-cold-" + run++)));
            Path output = work.resolve("first-" + level.label() + ".pdf");
            Files.deleteIfExists(output);
            long start = System.nanoTime();
            SigningRequest request = SigningRequest.of(input, output, new Appearance.Invisible(), SignProfile.empty())
                    .withLevel(level, List.of(tsa));
            fresh.sign(fresh.plan(request, signer), key);
            double firstMs = (System.nanoTime() - start) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f–%.1f | %.1f | %d |%n",
                    level.label(),
                    SigningBench.median(pacedTimes),
                    SigningBench.median(times),
                    times[0],
                    times[times.length - 1],
                    firstMs,
                    Files.size(output) - inputSize);
        }
        // The loopback HTTP server's dispatcher thread would keep the JVM alive.
        System.exit(0);
    }

    private static SigningBench.Task task(
            DocumentSigner documentSigner,
            SignerIdentity signer,
            KeyPairValueSource key,
            SignatureLevel level,
            TimestampServer tsa) {
        return (in, out) -> {
            SigningRequest request = SigningRequest.of(in, out, new Appearance.Invisible(), SignProfile.empty())
                    .withOverwrite(true)
                    .withLevel(level, List.of(tsa));
            documentSigner.sign(documentSigner.plan(request, signer), key);
        };
    }

    private static NetworkSettings settings(Path cache) {
        return NetworkSettings.defaults().withCacheDirectory(Optional.of(cache));
    }

    private static DocumentSigner signer(NetworkSettings settings) {
        return DocumentSigners.pades(Clock.systemUTC(), settings);
    }
}
