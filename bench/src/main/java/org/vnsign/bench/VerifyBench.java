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
import org.vnsign.signer.verify.DocumentVerifier;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.services.LoopbackPki;
import org.vnsign.testsupport.validation.DssValidation;

/**
 * Offline verification, warm and in-process, beside EU DSS validating the same file in the same
 * run with the same trust (the test root) and data (only the file): a 2-page letter with one B-LT
 * signature and a 20-page document with five B-LT signatures. Both must reach the same
 * indications, or the timing means nothing. Prints a Markdown table; the cold whole-process
 * {@code vnsign verify} is timed by bench/run.sh on the files this writes.
 *
 * <p>Usage: {@code VerifyBench WORKDIR [WARMUP ITERATIONS]}.
 */
public final class VerifyBench {
    private static final List<KeyProfile> SIGNERS = List.of(
            KeyProfile.RSA_2048, KeyProfile.RSA_3072, KeyProfile.EC_P256, KeyProfile.RSA_2048, KeyProfile.RSA_3072);

    private VerifyBench() {}

    public static void main(String[] args) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args);
        Path work = arguments.work();
        int warmup = arguments.warmup();
        int iterations = arguments.iterations();
        LoopbackPki services = LoopbackPki.shared();
        Path one = signed(new Decree30Pdf().pages(2).write(work.resolve("verify-2p.pdf")), work, 1);
        Path five = signed(new Decree30Pdf().pages(20).write(work.resolve("verify-20p.pdf")), work, 5);
        Files.write(work.resolve("test-root.crt"), services.pki().root().getEncoded());
        DocumentVerifier verifier = DocumentVerifiers.create(
                Clock.systemUTC(), NetworkSettings.defaults().asOffline());
        TrustAnchors root = TrustAnchors.none().plus(List.of(services.pki().root()));

        System.out.println(
                "| file | signatures | VNSign warm median ms | DSS warm median ms | ratio | same indications |");
        System.out.println("|---|---|---|---|---|---|");
        for (Path file : List.of(one, five)) {
            VerifyRequest request = VerifyRequest.of(file).withAnchors(root);
            VerificationReport report = verifier.verify(request);
            List<DssValidation.Signature> dss =
                    DssValidation.validate(file, List.of(services.pki().root()), List.of());
            boolean same = report.signatures().size() == dss.size()
                    && report.signatures().stream().allMatch(s -> s.indication() == Indication.VALID)
                    && dss.stream().allMatch(DssValidation.Signature::totalPassed);
            double[] ours = SigningBench.time((in, out) -> verifier.verify(request), file, work, warmup, iterations);
            double[] theirs = SigningBench.time(
                    (in, out) ->
                            DssValidation.validate(file, List.of(services.pki().root()), List.of()),
                    file,
                    work,
                    warmup,
                    iterations);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1fx | %s |%n",
                    file.getFileName(),
                    report.signatures().size(),
                    SigningBench.median(ours),
                    SigningBench.median(theirs),
                    SigningBench.median(theirs) / SigningBench.median(ours),
                    same ? "yes (all VALID)" : "NO");
        }
        System.exit(0);
    }

    /** The document signed {@code count} times at B-LT, each by the next of {@link #SIGNERS}. */
    private static Path signed(Path input, Path work, int count) throws Exception {
        LoopbackPki services = LoopbackPki.shared();
        TimestampServer tsa =
                new TimestampServer(services.timestampUrl(), Optional.empty(), Optional.empty(), Optional.empty());
        DocumentSigner signer = DocumentSigners.pades(
                Clock.systemUTC(),
                NetworkSettings.defaults()
                        .withTimeout(Duration.ofSeconds(5))
                        .withCacheDirectory(Optional.of(work.resolve("verify-cache"))));
        Path current = input;
        for (int i = 0; i < count; i++) {
            TestIdentity identity = services.pki().identity(SIGNERS.get(i));
            Path next = work.resolve(input.getFileName().toString().replace(".pdf", "") + ".s" + (i + 1) + ".pdf");
            Files.deleteIfExists(next);
            SigningRequest request = SigningRequest.of(current, next, new Appearance.Invisible(), SignProfile.empty())
                    .withLevel(SignatureLevel.B_LT, List.of(tsa));
            signer.sign(
                    signer.plan(request, SignerIdentity.of(identity.chain())),
                    new KeyPairValueSource(identity.keyPair().getPrivate()));
            current = next;
        }
        return current;
    }
}
