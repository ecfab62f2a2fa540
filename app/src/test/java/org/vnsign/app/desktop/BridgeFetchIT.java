/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.bridge.BridgeServer;
import org.vnsign.app.bridge.DocumentSources;
import org.vnsign.testsupport.browser.Chromium;
import org.vnsign.testsupport.softhsm.SoftHsmTest;

/**
 * What a script on an allowed page can make VNSign fetch, from a real headless Chromium: addresses
 * off the page's own site, plain http, loopback, private and link-local addresses are refused
 * before any connection (a loopback listener counts them: none); nothing is downloaded before the
 * user agreed to open the document; every download failure reads the same to the page; nothing
 * downloaded stays behind once the request ends.
 */
@SoftHsmTest
class BridgeFetchIT {
    @TempDir
    Path dir;

    private BridgeRig rig;
    private Chromium chromium;
    private BridgeServer bridge;
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        rig = new BridgeRig(dir, "vb-7", "approve");
        chromium = rig.chromium(Map.of());
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket socket = listener.accept();
                    connections.incrementAndGet();
                    socket.close();
                } catch (IOException e) {
                    return;
                }
            }
        });
        accepting.setDaemon(true);
        accepting.start();
    }

    @AfterEach
    void stop() throws Exception {
        listener.close();
        if (bridge != null) {
            bridge.close();
        }
        rig.close();
    }

    @Test
    void addressesOffThePagesSiteOrOnLocalNetworksAreRefusedBeforeAnyConnection() throws Exception {
        bridge = BridgeServer.start(
                0, List.of(rig.allowedPages.origin()), DocumentSources.pageOriginOnly(), rig.model.bridge(), "test");
        int port = listener.getLocalPort();
        Chromium.Page page = chromium.open(URI.create(rig.allowedPages.origin() + "/"));

        for (String url : List.of(
                rig.allowedPages.origin() + "/van-ban.pdf",
                "http://127.0.0.1:" + port + "/van-ban.pdf",
                "https://127.0.0.1:" + port + "/van-ban.pdf",
                "https://localhost:" + port + "/van-ban.pdf",
                "https://[::1]:" + port + "/van-ban.pdf",
                "https://10.20.30.40/van-ban.pdf",
                "https://192.168.1.10/van-ban.pdf",
                "https://169.254.169.254/latest/meta-data",
                "https://qlvb.other-agency.example/van-ban.pdf")) {
            JsonNode code = page.evaluate(signCall(url) + ".then(r => 'answered', e => e.code)");
            assertThat(code.asText()).as(url).isEqualTo("DOCUMENT_NOT_ALLOWED");
        }

        assertThat(connections).as("connections to the loopback listener").hasValue(0);
        assertThat(rig.model.bridge().awaitingProperty().get()).isNull();
        assertThat(rig.model.bridge().pendingProperty().get()).isNull();
        assertThat(rig.model.documentProperty().get()).isNull();
    }

    @Test
    void nothingIsFetchedBeforeTheUserAgreesAndEveryFailureReadsTheSame() throws Exception {
        bridge = BridgeServer.start(
                0, List.of(rig.allowedPages.origin()), BridgeRig.loopbackServer(), rig.model.bridge(), "test");
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        Chromium.Page page = chromium.open(URI.create(rig.allowedPages.origin() + "/"));

        List<String> answers = new ArrayList<>();
        for (String url : List.of(
                "http://127.0.0.1:" + listener.getLocalPort() + "/van-ban.pdf",
                "http://127.0.0.1:" + closedPort + "/van-ban.pdf",
                rig.qlvb.documentUrl("khong-co").toString())) {
            int before = connections.get();
            CompletableFuture<JsonNode> answer =
                    page.evaluateAsync(signCall(url) + ".then(r => r.status + '|' + r.message)");
            rig.awaitConsent();
            Thread.sleep(200);
            assertThat(connections.get())
                    .as("no connection before the user agrees")
                    .isEqualTo(before);

            rig.model.bridge().accept();

            answers.add(answer.get().asText());
        }

        assertThat(answers).as("one plain answer for every failure").containsOnly(answers.get(0));
        assertThat(answers.get(0))
                .startsWith("failed|")
                .doesNotContain("127.0.0.1")
                .doesNotContain("404");
        assertThat(rig.model.documentProperty().get()).isNull();
        assertThat(leftovers()).as("downloads left behind").isEmpty();
    }

    /** VGCA's SignFile can name any file: one that is not a PDF is answered at once, never left waiting. */
    @Test
    void aDocumentThatIsNotAPdfIsAnsweredAtOnceAndNothingOpens() throws Exception {
        bridge = BridgeServer.start(
                0, List.of(rig.allowedPages.origin()), BridgeRig.loopbackServer(), rig.model.bridge(), "test");
        rig.qlvb.offer(new org.vnsign.testsupport.services.QlvbServer.Waiting(
                "bang-tinh", "Bảng tính", "approve", "bang-tinh.xlsx", "PK\u0003\u0004 not a pdf".getBytes()));
        Chromium.Page page = chromium.open(URI.create(rig.allowedPages.origin() + "/"));

        CompletableFuture<JsonNode> answer = page.evaluateAsync(
                signCall(rig.qlvb.documentUrl("bang-tinh").toString()) + ".then(r => r.status + '|' + r.message)");
        rig.awaitConsent();
        rig.model.bridge().accept();

        assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS).asText())
                .startsWith("failed|")
                .contains("PDF");
        assertThat(rig.model.documentProperty().get()).isNull();
    }

    @Test
    void aRefusedRequestKeepsOnlyTheDocumentOnScreenAndClosingVnsignRemovesIt() throws Exception {
        bridge = BridgeServer.start(
                0, List.of(rig.allowedPages.origin()), BridgeRig.loopbackServer(), rig.model.bridge(), "test");
        Chromium.Page page = chromium.open(URI.create(rig.allowedPages.origin() + "/"));
        CompletableFuture<JsonNode> answer =
                page.evaluateAsync(signCall(rig.qlvb.documentUrl("vb-7").toString()) + ".then(r => r.status)");
        rig.awaitRequest();
        Path shown = rig.model.documentProperty().get().file();

        rig.model.bridge().refuse();

        assertThat(answer.get().asText()).isEqualTo("refused");
        assertThat(leftovers()).as("only the document still on screen").containsExactly(shown);
        rig.model.shutdown();
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws IOException {
        Path folder = dir.resolve("scratch").resolve("bridge");
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private String signCall(String documentUrl) {
        return "VNSign.sign({document: {url: '" + documentUrl + "'}, action: 'approve', upload: {url: '"
                + rig.qlvb.uploadUrl("doc-vb-7") + "'}}, {port: " + bridge.port() + "})";
    }
}
