/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.outbox.Outbox;
import org.vnsign.app.outbox.OutboxEntry;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.settings.UserFolders;
import org.vnsign.testsupport.services.QlvbServer;

/**
 * The outbox shared by several processes, as the desktop app and {@code vnsign} commands share it:
 * two {@code outbox --retry} at once against a slow server deliver each entry once and both exit
 * cleanly; a process killed in the middle of an upload leaves the entry marked unknown, and the
 * next run does not send it to a VGCA server (no idempotency keys) until told to.
 */
class OutboxProcessesIT {
    @TempDir
    Path dir;

    private QlvbServer server;
    private Outbox outbox;
    private Map<String, String> environment;

    @BeforeEach
    void start() throws Exception {
        server = new QlvbServer();
        Path home = dir.resolve("home");
        outbox = new Outbox(UserFolders.under(home).outbox());
        environment = new HashMap<>();
        environment.put("LANG", "C.UTF-8");
        environment.put("VNSIGN_HOME", home.toString());
        environment = VnsignProcess.english(environment, dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OutboxEntry queue(String document) throws Exception {
        Path signed = Files.write(dir.resolve(document + ".signed.pdf"), ("%PDF-1.7 " + document).getBytes());
        return outbox.add(signed, Destination.vgca(server.uploadUrl(document).toString(), "", ""), Instant.now());
    }

    @Test
    void twoRetriesAtOnceDeliverEachEntryOnceAndBothExitCleanly() throws Exception {
        List<OutboxEntry> entries = List.of(queue("doc-1"), queue("doc-2"), queue("doc-3"));
        server.fail(QlvbServer.Fault.SLOW_ACCEPT);

        CompletableFuture<VnsignProcess.Result> first = retry();
        CompletableFuture<VnsignProcess.Result> second = retry();
        List<VnsignProcess.Result> results = List.of(first.get(), second.get());

        for (VnsignProcess.Result result : results) {
            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
            assertThat(result.err()).doesNotContain("Exception");
        }
        assertThat(server.attempts())
                .as("one upload request per entry")
                .containsExactlyInAnyOrderElementsOf(
                        entries.stream().map(OutboxEntry::idempotencyKey).toList());
        assertThat(server.received()).hasSize(3);
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void anUploadKilledMidwayIsUnknownAndNotSentAgainUntilTheUserSaysSo() throws Exception {
        OutboxEntry entry = queue("doc-8");
        server.fail(QlvbServer.Fault.SLOW_ACCEPT);
        Process killed = VnsignProcess.start(environment, "outbox", "--retry", "--json");
        long deadline = System.currentTimeMillis() + 30_000;
        while (server.attempts().isEmpty()) {
            assertThat(System.currentTimeMillis()).as("the upload started").isLessThan(deadline);
            Thread.sleep(20);
        }
        killed.destroyForcibly();
        assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long arrival = System.currentTimeMillis() + 30_000;
        while (server.received().isEmpty()) {
            assertThat(System.currentTimeMillis())
                    .as("the killed upload arrived")
                    .isLessThan(arrival);
            Thread.sleep(20);
        }
        assertThat(server.received()).as("the killed upload arrived once").hasSize(1);
        server.fail(QlvbServer.Fault.NONE);

        VnsignProcess.Result listed = VnsignProcess.run(environment, null, "outbox", "--json");
        VnsignProcess.Result retried = VnsignProcess.run(environment, null, "outbox", "--retry", "--json");
        int attemptsBefore = server.attempts().size();
        VnsignProcess.Result resent =
                VnsignProcess.run(environment, null, "outbox", "--retry", "--resend-unknown", "--json");

        assertThat(status(listed)).isEqualTo(OutboxCommand.UNKNOWN);
        assertThat(status(retried)).isEqualTo(OutboxCommand.UNKNOWN);
        assertThat(retried.exitCode()).isEqualTo(ExitCodes.NETWORK);
        assertThat(attemptsBefore).as("not sent again without --resend-unknown").isEqualTo(1);
        assertThat(resent.exitCode()).as(resent.out() + resent.err()).isZero();
        assertThat(server.attempts()).containsExactly(entry.idempotencyKey(), entry.idempotencyKey());
        assertThat(outbox.pending()).isEmpty();
    }

    private static String status(VnsignProcess.Result result) throws Exception {
        JsonNode entries = VnsignProcess.JSON.readTree(result.out()).get("entries");
        List<String> statuses = new ArrayList<>();
        entries.forEach(e -> statuses.add(e.get("status").asText()));
        assertThat(statuses).as(result.out()).hasSize(1);
        return statuses.get(0);
    }

    private CompletableFuture<VnsignProcess.Result> retry() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return VnsignProcess.run(environment, null, "outbox", "--retry", "--json");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
