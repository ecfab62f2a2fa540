/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;

/**
 * The public shadow-attack samples (RUB-NDS pdf-attacker, copied with their README from the shared
 * corpus into src/test/resources/pdf-insecurity so a clean checkout has them), run as
 * the corpus README says: each file's own signer certificate trusted, validity judged at the
 * signing time the file claims. Every manipulated sample must be reported as modified after
 * signing (or invalid); no original may be.
 */
class ShadowAttackCorpusIT {
    @TempDir
    Path dir;

    private static final Path CORPUS =
            Path.of("src/test/resources/pdf-insecurity").toAbsolutePath();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> pdfs =
                    files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
            assertThat(pdfs).as("the corpus at %s", CORPUS).hasSizeGreaterThanOrEqualTo(15);
            return pdfs.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void manipulatedSamplesAreFlaggedAndOriginalsAreNot(Path sample) throws Exception {
        SignerFacts facts = signerFacts(sample);
        VerificationReport report = DocumentVerifiers.create(
                        Clock.fixed(facts.claimedTime(), ZoneOffset.UTC),
                        LongTermFixture.network(Files.createTempDirectory("corpus")))
                .verify(VerifyRequest.of(sample).withAnchors(TrustAnchors.none().plus(List.of(facts.certificate()))));
        SignatureReport signature = report.signatures().get(0);

        if (sample.getFileName().toString().contains("manipulated")) {
            assertThat(signature.modifiedAfterSigning() || signature.indication() == Indication.INVALID)
                    .as("%s: %s", signature.changes(), report.summary().en())
                    .isTrue();
            assertThat(report.verdict()).isNotEqualTo(Indication.VALID);
            assertThat(report.summary().en()).doesNotStartWith("The document is valid");
        } else {
            assertThat(signature.indication()).as(signature.reason().en()).isEqualTo(Indication.VALID);
            assertThat(signature.modifiedAfterSigning()).isFalse();
            assertThat(report.verdict()).isEqualTo(Indication.VALID);
        }
    }

    static Stream<Arguments> damagedSamples() throws IOException {
        return samples().flatMap(sample -> DamagedTailIT.damages()
                .map(damage ->
                        Arguments.of(sample.getFileName().toString(), damage.get()[0], damage.get()[1], sample)));
    }

    /**
     * Every sample with a damaged or truncated tail: a manipulated one stays flagged, an original
     * becomes a change or a broken signature; none is VALID.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("damagedSamples")
    void noSampleWithADamagedTailIsValid(String name, String damageName, DamagedTailIT.Damage damage, Path sample)
            throws Exception {
        Path damaged = damage.apply(sample, dir.resolve("damaged.pdf"));
        SignerFacts facts = signerFacts(sample);
        VerificationReport report = DocumentVerifiers.create(
                        Clock.fixed(facts.claimedTime(), ZoneOffset.UTC), LongTermFixture.network(dir))
                .verify(VerifyRequest.of(damaged)
                        .withAnchors(TrustAnchors.none().plus(List.of(facts.certificate()))));

        assertThat(report.verdict()).as(report.summary().en()).isNotEqualTo(Indication.VALID);
        assertThat(report.summary().en()).doesNotStartWith("The document is valid");
    }

    private record SignerFacts(X509Certificate certificate, Instant claimedTime) {}

    private static SignerFacts signerFacts(Path sample) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(sample.toFile()))) {
            SignatureUtil util = new SignatureUtil(document);
            PdfPKCS7 pkcs7 = util.readSignatureData(util.getSignatureNames().get(0));
            return new SignerFacts(
                    pkcs7.getSigningCertificate(), pkcs7.getSignDate().toInstant());
        }
    }
}
