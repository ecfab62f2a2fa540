/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.bench;

import com.itextpdf.signatures.AccessPermissions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.Corner;
import org.vnsign.signer.DocumentSigner;
import org.vnsign.signer.DocumentSigners;
import org.vnsign.signer.KeyPairValueSource;
import org.vnsign.signer.PageSelection;
import org.vnsign.signer.PlainItextSigner;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignerIdentity;
import org.vnsign.signer.SigningRequest;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.images.TestImages;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.pki.TestPki;

/**
 * Warm, in-process timings: VNSign's B-B signature next to a plain iText signer, a plain PDFBox
 * signer and the physical floor (read, hash, write the file once), on the same files in the same
 * JVM, so that the ratios hold whatever the machine's noise. Prints a Markdown table.
 *
 * <p>Usage: {@code SigningBench WORKDIR [WARMUP ITERATIONS]}.
 */
public final class SigningBench {
    private SigningBench() {}

    interface Task {
        void run(Path input, Path output) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args);
        Path work = arguments.work();
        int warmup = arguments.warmup();
        int iterations = arguments.iterations();
        TestIdentity identity = TestPki.generate().identity(KeyProfile.RSA_2048);
        Path text2 = new Decree30Pdf().write(work.resolve("text2.pdf"));
        Path text200 = new Decree30Pdf().pages(200).write(work.resolve("text200.pdf"));
        Path draft200 = new Decree30Pdf().pages(200).withoutEndMark().write(work.resolve("text200-no-end-mark.pdf"));
        Path images20 = ImageDocuments.write(work.resolve("images20mb.pdf"), 20, 1_550_000);

        DocumentSigner vnsign = DocumentSigners.pades();
        SignerIdentity signer = SignerIdentity.of(identity.chain());
        KeyPairValueSource key = new KeyPairValueSource(identity.keyPair().getPrivate());
        SignProfile initials = SignProfile.empty().withInitialImage(TestImages.initial());

        Task vnsignInvisible = (in, out) -> vnsign.sign(
                vnsign.plan(
                        SigningRequest.of(in, out, new Appearance.Invisible(), SignProfile.empty())
                                .withOverwrite(true),
                        signer),
                key);
        Task vnsignInitials = (in, out) -> vnsign.sign(
                vnsign.plan(
                        SigningRequest.of(
                                        in,
                                        out,
                                        new Appearance.Initials(PageSelection.all(), Corner.BOTTOM_RIGHT),
                                        initials)
                                .withOverwrite(true),
                        signer),
                key);
        Task itext = (in, out) -> PlainItextSigner.sign(in, out, identity, AccessPermissions.UNSPECIFIED);
        Task itextInitials = (in, out) -> PlainItextInitials.sign(in, out, identity, TestImages.initial());
        Task pdfbox = (in, out) -> PlainPdfboxSigner.sign(in, out, identity);
        Task floor = SigningBench::floor;

        System.out.println("| file | task | median ms | min–max ms | ratio to fastest plain signer | ratio to floor |");
        System.out.println("|---|---|---|---|---|---|");
        for (Path input : List.of(text2, text200, draft200, images20)) {
            double floorMs = median(time(floor, input, work, warmup, iterations));
            double itextMs = report(input, "plain iText 9.5", itext, work, warmup, iterations, Double.NaN, floorMs);
            double pdfboxMs = report(input, "plain PDFBox 3", pdfbox, work, warmup, iterations, Double.NaN, floorMs);
            double fastest = Math.min(itextMs, pdfboxMs);
            report(input, "VNSign B-B", vnsignInvisible, work, warmup, iterations, fastest, floorMs);
            if (input.equals(draft200)) {
                report(
                        input,
                        "VNSign initials, all pages, no \"./.\" to find",
                        vnsignInitials,
                        work,
                        warmup,
                        iterations,
                        fastest,
                        floorMs);
            } else if (input.equals(text200)) {
                report(
                        input,
                        "plain iText initials (fixed spot, no text read)",
                        itextInitials,
                        work,
                        warmup,
                        iterations,
                        fastest,
                        floorMs);
                report(input, "VNSign initials, all pages", vnsignInitials, work, warmup, iterations, fastest, floorMs);
            }
            row(
                    input,
                    "floor (read, SHA-256, write)",
                    time(floor, input, work, warmup, iterations),
                    Double.NaN,
                    floorMs);
        }
    }

    private static double report(
            Path input, String name, Task task, Path work, int warmup, int iterations, double fastest, double floorMs)
            throws Exception {
        double[] times = time(task, input, work, warmup, iterations);
        row(input, name, times, fastest, floorMs);
        return median(times);
    }

    private static void row(Path input, String name, double[] times, double fastest, double floorMs) {
        double median = median(times);
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %.1f | %.1f–%.1f | %s | %.1f |%n",
                input.getFileName(),
                name,
                median,
                times[0],
                times[times.length - 1],
                Double.isNaN(fastest) ? "" : String.format(Locale.ROOT, "%.2f", median / fastest),
                median / floorMs);
    }

    static double[] time(Task task, Path input, Path work, int warmup, int iterations) throws Exception {
        Path output = work.resolve("out-" + input.getFileName());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warmup + iterations; i++) {
            Files.deleteIfExists(output);
            long start = System.nanoTime();
            task.run(input, output);
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= warmup) {
                times.add(ms);
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** The least any signer must do: read the file, hash it, write it out once. */
    private static void floor(Path input, Path output) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (var in = Files.newInputStream(input);
                OutputStream out = Files.newOutputStream(output)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        sha.digest();
    }
}
