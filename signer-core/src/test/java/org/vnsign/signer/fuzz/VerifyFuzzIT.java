/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.verify.DocumentVerifier;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.SubIndication;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;

/**
 * Coverage-guided fuzzing of {@code verify} (Jazzer): a signed file from the seed corpus (the
 * shadow-attack samples and small files of the field corpus), mutated where PDF structure is
 * fragile ({@link PdfMutations}), verified offline. A finding is any of:
 *
 * <ul>
 *   <li>a crash: anything but a {@link SignerException} (the file's own result) leaving the verifier;
 *   <li>a hang: one verification taking longer than {@link #HANG};
 *   <li>a false VALID: a signature reported intact and unmodified although bytes it covers changed,
 *       or although a viewer (PDFBox) reads other text in the file than in the revision it signed.
 * </ul>
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the saved inputs under {@code VerifyFuzzITInputs/} as
 * regression tests; the build's {@code fuzz} execution fuzzes for a minute, and {@code
 * docs/fuzzing.md} describes the longer campaign and its figures.
 */
class VerifyFuzzIT {
    static final long HANG = 30;
    private static final Pattern BYTE_RANGE =
            Pattern.compile("/ByteRange\\s*\\[\\s*(\\d{1,10})\\s+(\\d{1,10})\\s+(\\d{1,10})\\s+(\\d{1,10})\\s*\\]");
    private static final List<byte[]> SEEDS = seeds();
    private static final java.util.Map<Integer, Boolean> SEED_INTACT = new java.util.HashMap<>();
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "verify-under-fuzz");
        thread.setDaemon(true);
        return thread;
    });
    private static final Path FOLDER = folder();
    private static final DocumentVerifier VERIFIER = DocumentVerifiers.create(
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC),
            NetworkSettings.defaults()
                    .withCacheDirectory(java.util.Optional.of(FOLDER.resolve("cache")))
                    .asOffline());

    @FuzzTest(maxDuration = "60s")
    void verifyNeverCrashesHangsOrCallsAChangedDocumentValid(FuzzedDataProvider data) throws Exception {
        int index = data.consumeInt(0, SEEDS.size() - 1);
        byte[] seed = SEEDS.get(index);
        byte[] mutant = PdfMutations.mutate(seed, data);
        try {
            check(seed, mutant, seedIntact(index));
        } catch (AssertionError finding) {
            keep(mutant);
            throw finding;
        }
    }

    /**
     * Whether every signature of seed {@code index} is itself intact, worked out once. Only then
     * does a changed byte it covers have to break it: a seed that is an attack (a ByteRange moved
     * off the signed bytes) can be mutated back into the genuine file.
     */
    private static boolean seedIntact(int index) throws Exception {
        Boolean known = SEED_INTACT.get(index);
        if (known == null) {
            Path file = Files.write(FOLDER.resolve("seed.pdf"), SEEDS.get(index));
            VerificationReport report = verifyWithin(file);
            known = report != null
                    && !all(report).isEmpty()
                    && all(report).stream().allMatch(VerifyFuzzIT::looksIntact);
            SEED_INTACT.put(index, known);
        }
        return known;
    }

    /** Every oracle on one mutant of {@code seed}. */
    static void check(byte[] seed, byte[] mutant, boolean seedIntact) throws Exception {
        Path file = Files.write(FOLDER.resolve("mutant.pdf"), mutant);

        VerificationReport report = verifyWithin(file);
        if (report == null) {
            return;
        }
        int firstDifference = firstDifference(seed, mutant);
        List<long[]> seedRanges = ranges(seed);
        if (seedIntact && !seedRanges.isEmpty() && coveredByAll(seedRanges, firstDifference)) {
            for (SignatureReport signature : all(report)) {
                if (looksIntact(signature)) {
                    throw new AssertionError("false VALID: signature " + signature.fieldName()
                            + " called intact though byte " + firstDifference + " it covers changed");
                }
            }
        }
        checkViewerSeesTheSignedText(mutant, file, report);
    }

    /**
     * Keeps a finding's PDF under {@code target/jazzer/findings/}, to be copied into {@code
     * src/test/resources/fuzz-findings/} where {@code FuzzFindingsIT} replays it for ever: the
     * fuzzer's own input reproduces it only with the same seed corpus.
     */
    private static void keep(byte[] mutant) {
        try {
            Path findings =
                    Files.createDirectories(Path.of(System.getProperty("jazzer.internal.basedir", "target/jazzer"))
                            .resolve("findings"));
            String name = java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(mutant))
                    .substring(0, 16);
            Files.write(findings.resolve(name + ".pdf"), mutant);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verification, or null when it ended in the file's own error; a crash or a hang is thrown. */
    static VerificationReport verifyWithin(Path file) throws Exception {
        Future<VerificationReport> running =
                WORKER.submit(() -> VERIFIER.verify(VerifyRequest.of(file).withAnchors(TrustAnchors.none())));
        try {
            return running.get(HANG, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new AssertionError("hang: verify took more than " + HANG + " s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SignerException) {
                return null;
            }
            throw new AssertionError("crash: " + e.getCause(), e.getCause());
        }
    }

    /**
     * When the last signature is called intact, what a viewer reads in the whole file must be what
     * it reads in the revision that signature covers: the same pages with the same text.
     */
    static void checkViewerSeesTheSignedText(byte[] mutant, Path file, VerificationReport report) throws IOException {
        List<SignatureReport> signatures = all(report);
        List<long[]> ranges = ranges(mutant);
        if (signatures.isEmpty() || ranges.isEmpty() || !looksIntact(signatures.get(signatures.size() - 1))) {
            return;
        }
        long end = ranges.stream().mapToLong(r -> r[2] + r[3]).max().orElse(0);
        if (end <= 0 || end > mutant.length || end == mutant.length) {
            return;
        }
        Path signedRevision =
                Files.write(FOLDER.resolve("signed-revision.pdf"), java.util.Arrays.copyOf(mutant, (int) end));
        String shown = text(file);
        String signed = text(signedRevision);
        if (shown != null && signed != null && !shown.equals(signed)) {
            throw new AssertionError("false VALID: the last signature is called intact but a viewer reads"
                    + " other text than in the revision it signed");
        }
    }

    /** PDFBox's text of every page (page count included), or null if PDFBox cannot read the file. */
    private static String text(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages() + "\n" + new PDFTextStripper().getText(document);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** Sub-indications given before the signed bytes and the signature value were found to hold. */
    private static final java.util.Set<SubIndication> NOT_CHECKED = java.util.EnumSet.of(
            SubIndication.FORMAT_FAILURE,
            SubIndication.HASH_FAILURE,
            SubIndication.SIG_CRYPTO_FAILURE,
            SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
            SubIndication.SIGNED_DATA_NOT_FOUND);

    /**
     * Whether the report says the signed bytes hold and nothing changed after: VALID, or an
     * INDETERMINATE reached only after the integrity check (no trusted chain, no revocation data,
     * ...). An INDETERMINATE that says the check could not even be made (no signer's certificate)
     * calls nothing intact.
     */
    private static boolean looksIntact(SignatureReport signature) {
        return signature.indication() != Indication.INVALID
                && !signature.modifiedAfterSigning()
                && signature.subIndication().map(s -> !NOT_CHECKED.contains(s)).orElse(true);
    }

    private static List<SignatureReport> all(VerificationReport report) {
        List<SignatureReport> all = new ArrayList<>(report.signatures());
        all.addAll(report.timestamps());
        all.sort(java.util.Comparator.comparingInt(SignatureReport::index));
        return all;
    }

    /** Whether every signature's covered bytes include {@code offset} (outside its own value). */
    private static boolean coveredByAll(List<long[]> ranges, long offset) {
        for (long[] range : ranges) {
            boolean covered = offset < range[0] + range[1] || (offset >= range[2] && offset < range[2] + range[3]);
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    static List<long[]> ranges(byte[] pdf) {
        Matcher matcher = BYTE_RANGE.matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        List<long[]> ranges = new ArrayList<>();
        while (matcher.find()) {
            ranges.add(new long[] {
                Long.parseLong(matcher.group(1)),
                Long.parseLong(matcher.group(2)),
                Long.parseLong(matcher.group(3)),
                Long.parseLong(matcher.group(4))
            });
        }
        return ranges;
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int mismatch = java.util.Arrays.mismatch(a, b);
        return mismatch < 0 ? Integer.MAX_VALUE : mismatch;
    }

    /** The shadow-attack samples and the field corpus's files under 200 KB that hold a signature. */
    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String folder : List.of("src/test/resources/pdf-insecurity", "src/test/resources/field-corpus/pdfs")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".pdf"))
                        .sorted()
                        .toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    if (bytes.length < 200_000 && !ranges(bytes).isEmpty()) {
                        seeds.add(bytes);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("the seed corpus at " + folder + " is unreadable", e);
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalStateException("no seeds");
        }
        return seeds;
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("vnsign-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
