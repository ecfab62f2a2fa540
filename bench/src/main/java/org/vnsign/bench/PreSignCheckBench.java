/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.DocumentSigner;
import org.vnsign.signer.DocumentSigners;
import org.vnsign.signer.KeyPairValueSource;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignerIdentity;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.signer.verify.SignerCertificateChecker;
import org.vnsign.signer.verify.SignerCheck;
import org.vnsign.signer.verify.SignerCheckRequest;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.services.LoopbackPki;

/**
 * What the pre-signing check (issue 19) adds to a signature, against the loopback PKI: a warm B-B
 * signature alone; the check with its answers cached on disk (what every signature after the first
 * pays when the in-memory memory of the use case has expired); the check with the chain built from
 * the token's own CA certificates and nothing to fetch; and the first check of a token that holds
 * only its own certificate, with an empty cache (the issuer from AIA, OCSP for the signer, the CRL
 * or OCSP for the CA). Prints a Markdown table.
 *
 * <p>Usage: {@code PreSignCheckBench WORKDIR [WARMUP ITERATIONS]}.
 */
public final class PreSignCheckBench {
    private PreSignCheckBench() {}

    public static void main(String[] args) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args);
        Path work = arguments.work();
        LoopbackPki services = LoopbackPki.shared();
        TestIdentity identity = services.pki().identity(KeyProfile.RSA_2048);
        TrustAnchors anchors = TrustAnchors.none().plus(List.of(services.pki().root()));
        NetworkSettings warm = settings(work.resolve("cache-warm"));
        SignerCertificateChecker checker = DocumentVerifiers.signerChecker(Clock.systemUTC(), warm);
        SignerCheckRequest onlySigner =
                new SignerCheckRequest(List.of(identity.certificate()), List.of(), anchors, true, false);
        SignerCheck first = checker.check(onlySigner);

        DocumentSigner signer = DocumentSigners.pades(Clock.systemUTC(), warm);
        SignerIdentity chain = SignerIdentity.of(first.chain());
        KeyPairValueSource key = new KeyPairValueSource(identity.keyPair().getPrivate());
        Path input = new Decree30Pdf().write(work.resolve("letter.pdf"));
        double[] signing = SigningBench.time(
                (in, out) -> {
                    SigningRequest request = SigningRequest.of(in, out, new Appearance.Invisible(), SignProfile.empty())
                            .withOverwrite(true);
                    signer.sign(signer.plan(request, chain), key);
                },
                input,
                work,
                arguments.warmup(),
                arguments.iterations());
        double[] cached = repeat(() -> checker.check(onlySigner), arguments.warmup(), arguments.iterations());
        SignerCheckRequest withChain = new SignerCheckRequest(identity.chain(), List.of(), anchors, true, false);
        double[] tokenChain = repeat(() -> checker.check(withChain), arguments.warmup(), arguments.iterations());
        double[] cold = new double[Math.max(3, arguments.iterations() / 3)];
        for (int i = 0; i < cold.length; i++) {
            SignerCertificateChecker fresh =
                    DocumentVerifiers.signerChecker(Clock.systemUTC(), settings(work.resolve("cache-cold-" + i)));
            long start = System.nanoTime();
            fresh.check(onlySigner);
            cold[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(cold);

        System.out.println("| what | median ms | min–max ms |");
        System.out.println("|---|---|---|");
        row("warm B-B signature, invisible, 2 pages (no check)", signing);
        row("pre-signing check, answers cached on disk, chain from AIA cache", cached);
        row("pre-signing check, answers cached, chain from the token's CA certificates", tokenChain);
        row("first pre-signing check, empty cache (AIA issuer, OCSP, CRL on loopback)", cold);
        // The loopback HTTP server's dispatcher thread would keep the JVM alive.
        System.exit(0);
    }

    private interface Check {
        void run() throws Exception;
    }

    private static double[] repeat(Check check, int warmup, int iterations) throws Exception {
        double[] times = new double[iterations];
        for (int i = 0; i < warmup + iterations; i++) {
            long start = System.nanoTime();
            check.run();
            if (i >= warmup) {
                times[i - warmup] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static void row(String what, double[] sorted) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.2f | %.2f–%.2f |%n",
                what,
                SigningBench.median(sorted),
                sorted[0],
                sorted[sorted.length - 1]);
    }

    private static NetworkSettings settings(Path cache) throws java.io.IOException {
        Files.createDirectories(cache);
        return NetworkSettings.defaults().withCacheDirectory(Optional.of(cache));
    }
}
