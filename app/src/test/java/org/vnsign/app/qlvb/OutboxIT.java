/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vnsign.testsupport.services.QlvbServer;

/**
 * The outbox against a VGCA-style QLVB server on 127.0.0.1 that fails the way real ones do: the
 * signed file stays in the outbox through every failure and a restart, and is stored exactly once
 * when the server recovers.
 */
class OutboxIT {
    @TempDir
    Path dir;

    private QlvbServer server;
    private Path signed;

    @BeforeEach
    void start() throws Exception {
        server = new QlvbServer();
        signed = Files.write(dir.resolve("cong-van.signed.pdf"), "%PDF-1.7 signed bytes".getBytes());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OutboxDelivery delivery(Outbox outbox) {
        return new OutboxDelivery(outbox, new VgcaUploader(Duration.ofSeconds(2)), Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(
            value = QlvbServer.Fault.class,
            names = {"HTTP_500", "MALFORMED_JSON", "STATUS_FALSE", "STATUS_AS_INTEGER", "DROP_CONNECTION", "SLOW"})
    void aFailingServerNeverLosesTheFileAndGetsItExactlyOnceWhenItRecovers(QlvbServer.Fault fault) throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry = outbox.add(signed, server.uploadUrl("doc-42").toString(), "", Instant.now());
        server.fail(fault);

        UploadResult failed = delivery(outbox).deliver(entry);

        assertThat(failed.delivered()).isFalse();
        assertThat(failed.message()).isNotBlank();
        Outbox afterRestart = new Outbox(dir.resolve("outbox"));
        assertThat(afterRestart.pending()).singleElement().satisfies(waiting -> {
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).isEqualTo(failed.message());
            assertThat(waiting.nextAttempt()).isAfter(Instant.now());
            assertThat(waiting.idempotencyKey()).isEqualTo(entry.idempotencyKey());
        });
        assertThat(afterRestart.file(entry)).hasSameBinaryContentAs(signed);

        server.fail(QlvbServer.Fault.NONE);
        assertThat(delivery(afterRestart).deliverAll(true))
                .as("backoff not yet over")
                .isEmpty();
        assertThat(delivery(afterRestart).deliverAll(false))
                .singleElement()
                .satisfies(attempt -> assertThat(attempt.result().delivered()).isTrue());

        assertThat(afterRestart.pending()).isEmpty();
        assertThat(server.received()).singleElement().satisfies(received -> {
            assertThat(received.fileName()).isEqualTo("cong-van.signed.pdf");
            assertThat(received.content()).isEqualTo(Files.readAllBytes(signed));
            assertThat(received.token()).isEqualTo("token=doc-42");
        });
    }

    @Test
    void aRetryAfterALostAnswerIsStoredOnceThanksToTheIdempotencyKey() throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry = outbox.add(signed, server.uploadUrl("doc-7").toString(), "", Instant.now());
        VgcaUploader uploader = new VgcaUploader(Duration.ofSeconds(2));

        assertThat(uploader.upload(entry, outbox.file(entry)).delivered()).isTrue();
        assertThat(delivery(outbox).deliver(entry).delivered())
                .as("the same entry sent again")
                .isTrue();

        assertThat(server.attempts()).hasSize(2).containsOnly(entry.idempotencyKey());
        assertThat(server.received()).hasSize(1);
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void theServersAnswerIsReadTheVgcaWay() {
        assertThat(VgcaUploader.answer("{\"Status\":true,\"FileServer\":\"/f/1.pdf\"}")
                        .fileServer())
                .isEqualTo("/f/1.pdf");
        assertThat(VgcaUploader.answer("{\"Status\":false,\"Message\":\"Hết phiên\"}")
                        .message())
                .isEqualTo("Hết phiên");
        assertThat(VgcaUploader.answer("{\"Status\":\"true\"}").delivered()).isFalse();
        assertThat(VgcaUploader.answer("[]").delivered()).isFalse();
        assertThat(VgcaUploader.answer("").delivered()).isFalse();
    }
}
