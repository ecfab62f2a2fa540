/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.qlvb.QlvbDocument;
import org.vnsign.app.qlvb.UploadResult;
import org.vnsign.app.qlvb.Uploaders;
import org.vnsign.app.qlvb.VgcaUploader;
import org.vnsign.testsupport.pki.InternalTlsCa;
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
        return new OutboxDelivery(outbox, new Uploaders(Duration.ofSeconds(2)), Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(
            value = QlvbServer.Fault.class,
            names = {"HTTP_500", "MALFORMED_JSON", "STATUS_FALSE", "STATUS_AS_INTEGER", "DROP_CONNECTION", "SLOW"})
    void aFailingServerNeverLosesTheFileAndGetsItExactlyOnceWhenItRecovers(QlvbServer.Fault fault) throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry =
                outbox.add(signed, Destination.vgca(server.uploadUrl("doc-42").toString(), "", ""), Instant.now());
        server.fail(fault);

        UploadResult failed = delivery(outbox).deliver(entry);

        assertThat(failed.delivered()).isFalse();
        assertThat(failed.message()).isNotBlank();
        // The request left but no answer came back: it may have arrived.
        boolean unknown = fault == QlvbServer.Fault.DROP_CONNECTION || fault == QlvbServer.Fault.SLOW;
        assertThat(failed.outcomeUnknown()).isEqualTo(unknown);
        Outbox afterRestart = new Outbox(dir.resolve("outbox"));
        assertThat(afterRestart.pending()).singleElement().satisfies(waiting -> {
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).isEqualTo(failed.message());
            assertThat(waiting.nextAttempt()).isAfter(Instant.now());
            assertThat(waiting.idempotencyKey()).isEqualTo(entry.idempotencyKey());
            assertThat(waiting.outcomeUnknown()).isEqualTo(unknown);
            assertThat(waiting.sendingSince()).isNull();
        });
        assertThat(afterRestart.file(entry)).hasSameBinaryContentAs(signed);

        server.fail(QlvbServer.Fault.NONE);
        assertThat(delivery(afterRestart).deliverAll(true))
                .as("backoff not yet over")
                .isEmpty();
        if (unknown) {
            int before = server.attempts().size();
            assertThat(delivery(afterRestart).deliverAll(false))
                    .as("held back: a VGCA server would store it twice")
                    .singleElement()
                    .satisfies(
                            attempt -> assertThat(attempt.result().delivered()).isFalse());
            assertThat(server.attempts()).hasSize(before);
        }
        assertThat(delivery(afterRestart).deliverAll(false, unknown))
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
        OutboxEntry entry =
                outbox.add(signed, Destination.vgca(server.uploadUrl("doc-7").toString(), "", ""), Instant.now());
        Uploaders uploader = new Uploaders(Duration.ofSeconds(2));

        assertThat(uploader.upload(entry.upload(), outbox.file(entry)).delivered())
                .isTrue();
        assertThat(delivery(outbox).deliver(entry).delivered())
                .as("the same entry sent again")
                .isTrue();

        assertThat(server.attempts()).hasSize(2).containsOnly(entry.idempotencyKey());
        assertThat(server.received()).hasSize(1);
        assertThat(outbox.pending()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = QlvbServer.Fault.class,
            names = {"HTTP_500", "MALFORMED_JSON", "DROP_CONNECTION", "SLOW"})
    void aResultForTheRestContractSurvivesTheSameFaultsAndIsReturnedOnce(QlvbServer.Fault fault) throws Exception {
        server.offer(new QlvbServer.Waiting("vb-9", "Công văn", "approve", "cong-van.pdf", new byte[] {1}));
        QlvbDocument document = new QlvbDocument("vb-9", "Công văn", "approve", "cong-van.pdf", "");
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry = outbox.add(
                signed,
                Destination.vnsign(
                        server.apiUrl().toString(),
                        QlvbServer.API_TOKEN,
                        "",
                        document.id(),
                        document.action(),
                        "AB".repeat(32),
                        "2026-11-22T03:15:30Z"),
                Instant.now());
        server.fail(fault);

        assertThat(delivery(outbox).deliver(entry).delivered()).isFalse();
        server.fail(QlvbServer.Fault.NONE);
        Outbox afterRestart = new Outbox(dir.resolve("outbox"));
        assertThat(delivery(afterRestart).deliverAll(false))
                .singleElement()
                .satisfies(attempt -> assertThat(attempt.result().delivered()).isTrue());

        assertThat(afterRestart.pending()).isEmpty();
        assertThat(server.returned()).singleElement().satisfies(returned -> {
            assertThat(returned.documentId()).isEqualTo("vb-9");
            assertThat(returned.action()).isEqualTo("approve");
            assertThat(returned.signerFingerprint()).isEqualTo("AB".repeat(32));
            assertThat(returned.content()).isEqualTo(Files.readAllBytes(signed));
        });
    }

    @Test
    void aServerBehindAnInternalCaIsTrustedOnlyWithThatCaConfigured() throws Exception {
        InternalTlsCa ca = InternalTlsCa.generate();
        Path caFile = ca.writeRootPem(dir.resolve("ca-noi-bo.pem"));
        try (QlvbServer https = new QlvbServer(ca.serverContext())) {
            Outbox outbox = new Outbox(dir.resolve("outbox"));
            String url = https.uploadUrl("doc-tls").toString();
            assertThat(url).startsWith("https://127.0.0.1:");
            OutboxEntry untrusted = outbox.add(signed, Destination.vgca(url, "", ""), Instant.now());

            UploadResult refused = delivery(outbox).deliver(untrusted);

            assertThat(refused.delivered()).isFalse();
            assertThat(refused.message()).contains("TLS certificate is not trusted");
            assertThat(https.attempts()).isEmpty();
            outbox.remove(outbox.pending().get(0));

            OutboxEntry trusted = outbox.add(signed, Destination.vgca(url, "", caFile.toString()), Instant.now());
            assertThat(delivery(outbox).deliver(trusted).delivered()).isTrue();
            assertThat(https.received()).singleElement().satisfies(received -> assertThat(received.content())
                    .isEqualTo(Files.readAllBytes(signed)));
        }
    }

    @Test
    void anExtraCaFileThatIsNotACertificateIsNamedInTheFailure() throws Exception {
        Path notCa = Files.writeString(dir.resolve("ca.pem"), "not a certificate");
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry = outbox.add(
                signed, Destination.vgca(server.uploadUrl("x").toString(), "", notCa.toString()), Instant.now());

        UploadResult result = delivery(outbox).deliver(entry);

        assertThat(result.delivered()).isFalse();
        assertThat(result.message()).contains(notCa.toString()).contains("holds no certificate");
        assertThat(outbox.pending()).hasSize(1);
        assertThat(server.attempts()).isEmpty();
    }

    @Test
    void theUserCanSaveAWaitingFileElsewhereAndThenRemoveIt() throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry = outbox.add(signed, Destination.vgca("http://127.0.0.1:9/none", "", ""), Instant.now());
        Path elsewhere = Files.createDirectories(dir.resolve("usb")).resolve("cong-van.signed.pdf");

        outbox.saveCopy(entry, elsewhere);

        assertThat(elsewhere).hasSameBinaryContentAs(signed);
        assertThat(outbox.pending()).hasSize(1);
        assertThat(dir.resolve("usb"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
        outbox.remove(entry);
        assertThat(outbox.pending()).isEmpty();
        assertThat(elsewhere).exists();
    }

    @Test
    void anUploadWhoseAnswerWasLostIsMarkedUnknownAndSentAgainOnlyWithConsent() throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry =
                outbox.add(signed, Destination.vgca(server.uploadUrl("doc-9").toString(), "", ""), Instant.now());
        server.fail(QlvbServer.Fault.STORE_THEN_DROP);

        UploadResult lost = delivery(outbox).deliver(entry);
        server.fail(QlvbServer.Fault.NONE);
        UploadResult heldBack = delivery(outbox).deliver(entry);

        assertThat(lost.outcomeUnknown()).isTrue();
        assertThat(server.received()).as("it did arrive").hasSize(1);
        assertThat(heldBack.delivered()).isFalse();
        assertThat(server.attempts()).as("not sent again unasked").hasSize(1);
        assertThat(outbox.pending()).singleElement().satisfies(waiting -> {
            assertThat(waiting.outcomeUnknown()).isTrue();
            assertThat(waiting.resendNeedsConsent()).isTrue();
        });
        assertThat(delivery(outbox).deliver(entry, true).delivered()).isTrue();
        assertThat(server.attempts()).hasSize(2);
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void anEntryAProcessDiedSendingIsUnknownAtTheNextRun() throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry =
                outbox.add(signed, Destination.vgca(server.uploadUrl("doc-3").toString(), "", ""), Instant.now());
        // What a process killed during the upload leaves on disk: the entry marked as being sent.
        outbox.update(new OutboxEntry(
                entry.id(),
                entry.idempotencyKey(),
                entry.destination(),
                entry.fileName(),
                entry.created(),
                0,
                "",
                entry.nextAttempt(),
                Instant.now(),
                false));

        UploadResult next = delivery(new Outbox(dir.resolve("outbox"))).deliver(entry);

        assertThat(next.delivered()).isFalse();
        assertThat(server.attempts()).isEmpty();
        assertThat(outbox.pending()).singleElement().satisfies(waiting -> {
            assertThat(waiting.outcomeUnknown()).isTrue();
            assertThat(waiting.lastError()).contains("stopped while sending");
        });
    }

    @Test
    void whatAnInterruptedRunLeftHalfWrittenIsRemovedAtTheNextDelivery() throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry =
                outbox.add(signed, Destination.vgca(server.uploadUrl("doc-5").toString(), "", ""), Instant.now());
        Path folder = dir.resolve("outbox");
        Files.createDirectories(folder.resolve(".123-abc.part"));
        Files.writeString(folder.resolve(".123-abc.part").resolve("signed.pdf"), "");
        Files.createDirectories(folder.resolve(".456-def.delivered"));
        Files.writeString(folder.resolve(entry.id()).resolve("entry.json.part"), "{");
        java.nio.file.attribute.FileTime killedLongAgo =
                java.nio.file.attribute.FileTime.from(Instant.now().minus(java.time.Duration.ofHours(1)));
        for (Path left : List.of(
                folder.resolve(".123-abc.part"),
                folder.resolve(".456-def.delivered"),
                folder.resolve(entry.id()).resolve("entry.json.part"))) {
            Files.setLastModifiedTime(left, killedLongAgo);
        }
        Files.createDirectories(folder.resolve(".789-ghi.part"));
        Files.writeString(folder.resolve(".789-ghi.part").resolve("signed.pdf"), "");

        delivery(outbox).deliverAll(false);

        assertThat(folder.resolve(".123-abc.part")).doesNotExist();
        assertThat(folder.resolve(".456-def.delivered")).doesNotExist();
        assertThat(folder.resolve(".789-ghi.part"))
                .as("an entry another thread is adding right now is not a leftover")
                .exists();
        assertThat(outbox.pending()).isEmpty();
        assertThat(server.received()).hasSize(1);
    }

    /** Found by a batch in the window: files added while another delivery holds the lock all arrive. */
    @Test
    void entriesAddedWhileOthersAreDeliveredAllArrive() throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxDelivery delivery = delivery(outbox);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<UploadResult>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String document = "doc-parallel-" + i;
                sent.add(pool.submit(() -> delivery.deliver(outbox.add(
                        signed, Destination.vgca(server.uploadUrl(document).toString(), "", ""), Instant.now()))));
            }
            for (var one : sent) {
                assertThat(one.get().delivered()).as(String.valueOf(one.get())).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.received()).hasSize(8);
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void entryFilesAreReadableOnlyByTheUser() throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        OutboxEntry entry = outbox.add(
                signed, Destination.vgca(server.uploadUrl("doc-1").toString(), "secret-token", ""), Instant.now());
        server.fail(QlvbServer.Fault.HTTP_500);
        delivery(outbox).deliver(entry);

        Path entryFolder = dir.resolve("outbox").resolve(entry.id());
        assertThat(java.nio.file.Files.getPosixFilePermissions(entryFolder.resolve("entry.json")))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(java.nio.file.Files.getPosixFilePermissions(entryFolder.resolve("signed.pdf")))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(java.nio.file.Files.getPosixFilePermissions(entryFolder))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                        java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void theOutboxFolderIsReadableOnlyByTheUser() throws Exception {
        Outbox outbox = new Outbox(dir.resolve("outbox"));
        outbox.add(signed, Destination.vgca("http://127.0.0.1:9/none", "secret", ""), Instant.now());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("outbox"))))
                .isEqualTo("rwx------");
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
