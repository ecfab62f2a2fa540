/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.services.LoopbackPki;
import org.vnsign.testsupport.validation.LongTermValidation;

/** What happens when a server fails or a certificate is revoked: a clear error, bounded time, nothing written. */
class LongTermFailureIT {
    /** Far above the tests' two-second timeouts, far below the slow server's delay. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aRevokedSignerFailsAtBltBeforeTheKeyIsAskedAndWritesNothing() throws Exception {
        KeyPairValueSource source = SigningFixture.source(KeyProfile.REVOKED);

        LevelNotReachedException error =
                signExpectingFailure(KeyProfile.REVOKED, source, SignatureLevel.B_LT, List.of(LongTermFixture.tsa()));

        assertThat(error.error()).isEqualTo(SignerError.CERTIFICATE_REVOKED);
        assertThat(error.getMessage()).contains("revoked");
        assertThat(error.reached()).isEmpty();
        assertThat(source.calls()).isZero();
        assertNothingWritten();
    }

    static Stream<Arguments> brokenServers() {
        return Stream.of(
                Arguments.of("down", LongTermFixture.server(LoopbackPki.closedUrl())),
                Arguments.of("slow", LongTermFixture.tsa(LoopbackPki.Tsa.SLOW)),
                Arguments.of("garbage", LongTermFixture.tsa(LoopbackPki.Tsa.GARBAGE)),
                Arguments.of("wrong nonce", LongTermFixture.tsa(LoopbackPki.Tsa.WRONG_NONCE)));
    }

    @ParameterizedTest(name = "TSA {0}")
    @MethodSource("brokenServers")
    void aFailingTimestampServerGivesTheRightErrorInBoundedTimeAndWritesNothing(String what, TimestampServer server)
            throws Exception {
        KeyPairValueSource source = SigningFixture.source(KeyProfile.RSA_2048);
        Instant start = Instant.now();

        LevelNotReachedException error =
                signExpectingFailure(KeyProfile.RSA_2048, source, SignatureLevel.B_T, List.of(server));

        assertThat(Duration.between(start, Instant.now())).isLessThan(BOUND);
        assertThat(error.error()).isEqualTo(SignerError.TIMESTAMP_FAILED);
        assertThat(error.getMessage()).contains(server.url().toString()).contains("reached none");
        assertThat(source.calls()).as("the key is never asked").isZero();
        assertNothingWritten();
    }

    @Test
    void theNextServerTakesOverWhenTheFirstIsDown() throws Exception {
        Path output = sign(
                List.of(LongTermFixture.server(LoopbackPki.closedUrl()), LongTermFixture.tsa()), SignatureLevel.B_T);

        LongTermValidation.assertLevel(output, SigningFixture.pki(), "B-T", 1);
    }

    @Test
    void aBusyServerIsWaitedForAsItsRetryAfterAsks() throws Exception {
        TimestampServer busy = LongTermFixture.tsa(LoopbackPki.Tsa.RATE_LIMITED);
        Path first = sign(List.of(busy), SignatureLevel.B_T);
        Path second = sign(List.of(busy), SignatureLevel.B_T);

        LongTermValidation.assertLevel(first, SigningFixture.pki(), "B-T", 1);
        LongTermValidation.assertLevel(second, SigningFixture.pki(), "B-T", 1);
    }

    @Test
    void crlsAreFetchedOnceWhileTheyAreCurrent() throws Exception {
        LoopbackPki services = LoopbackPki.shared();
        DocumentSigner signer = LongTermFixture.signer(dir);
        int before = services.requestCount("/crl/root.crl");

        for (int i = 0; i < 3; i++) {
            Path input = new Decree30Pdf().write(dir.resolve("in" + i + ".pdf"));
            SigningRequest request = SigningRequest.of(
                            input, dir.resolve("out" + i + ".pdf"), new Appearance.Invisible(), SignProfile.empty())
                    .withLevel(SignatureLevel.B_LT, List.of(LongTermFixture.tsa()));
            SigningFixture.sign(signer, request, KeyProfile.RSA_2048);
        }

        assertThat(services.requestCount("/crl/root.crl") - before).isEqualTo(1);
        assertThat(Files.list(dir.resolve("cache").resolve("crl"))).hasSize(1);
    }

    private Path sign(List<TimestampServer> servers, SignatureLevel level) throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in-" + System.nanoTime() + ".pdf"));
        Path output = dir.resolve("out-" + System.nanoTime() + ".pdf");
        DocumentSigner signer = LongTermFixture.signer(dir);
        SigningRequest request = SigningRequest.of(input, output, new Appearance.Invisible(), SignProfile.empty())
                .withLevel(level, servers);
        SigningFixture.sign(signer, request, KeyProfile.RSA_2048);
        return output;
    }

    private LevelNotReachedException signExpectingFailure(
            KeyProfile key, KeyPairValueSource source, SignatureLevel level, List<TimestampServer> servers)
            throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        DocumentSigner signer = LongTermFixture.signer(dir);
        SigningRequest request = SigningRequest.of(
                        input,
                        dir.resolve("out.pdf"),
                        new Appearance.Approval(Placement.auto()),
                        SigningFixture.leader())
                .withLevel(level, servers);
        SigningPlan plan = signer.plan(request, SigningFixture.signer(key));
        return catchThrowableOfType(LevelNotReachedException.class, () -> signer.sign(plan, source));
    }

    private void assertNothingWritten() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .doesNotContain("out.pdf")
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }
}
