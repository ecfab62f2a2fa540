/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.bridge.BridgeServer;
import org.vnsign.signer.SignatureKind;
import org.vnsign.testsupport.browser.Chromium;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * The web bridge from a real headless Chromium: pages served from an allowed and a foreign origin
 * use {@code docs/bridge/vnsign-bridge.js}; the document comes from the loopback QLVB server and
 * the signed file goes back to its VGCA-style upload handler; the desktop is the real view model on
 * the SoftHSM2 token.
 */
@SoftHsmTest
class BridgeIT {
    @TempDir
    Path dir;

    private BridgeRig rig;
    private BridgeServer bridge;
    private Chromium chromium;

    @BeforeEach
    void start() throws Exception {
        rig = new BridgeRig(dir, "vb-5", "approve");
        bridge = BridgeServer.start(
                0, List.of(origin(rig.allowedPages)), BridgeRig.loopbackServer(), rig.model.bridge(), "test");
        chromium = rig.chromium(java.util.Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        if (bridge != null) {
            bridge.close();
        }
        rig.close();
    }

    private static String origin(TestPages pages) {
        return pages.origin();
    }

    private String signCall(String extra) {
        return "VNSign.sign({document: {url: '" + rig.qlvb.documentUrl("vb-5") + "'}, action: 'approve',"
                + " upload: {url: '" + rig.qlvb.uploadUrl("doc-vb-5") + "'}" + extra + "}, {port: " + bridge.port()
                + "})";
    }

    @Test
    void aPageOnAnAllowedOriginGetsTheDocumentShownSignedAfterTheUserConfirmsUploadedAndReported() throws Exception {
        Chromium.Page page = chromium.open(URI.create(origin(rig.allowedPages) + "/"));
        assertThat(page.evaluate("VNSign.health({port: " + bridge.port() + "}).then(h => h.product)")
                        .asText())
                .isEqualTo("VNSign");

        CompletableFuture<JsonNode> answer = page.evaluateAsync(signCall(""));
        rig.awaitRequest();

        DesktopSigningDesk.Pending shown = rig.model.bridge().pendingProperty().get();
        assertThat(shown.request().origin()).isEqualTo(origin(rig.allowedPages));
        assertThat(rig.model.documentProperty().get().file()).isEqualTo(shown.file());
        assertThat(rig.model.placement().actionProperty().get()).isEqualTo(SignatureKind.APPROVAL);
        assertThat(rig.fixture.dialogs.pinPrompts)
                .as("no PIN before the user saw the request")
                .isEmpty();
        assertThat(answer).isNotDone();

        rig.fixture.logIn(rig.model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
        DesktopFixture.chooseCertificate(rig.model, KeyProfile.RSA_2048);
        rig.model.sign();

        JsonNode outcome = answer.get();
        assertThat(outcome.path("status").asText()).as(outcome.toString()).isEqualTo("signed");
        assertThat(outcome.path("upload").asText()).isEqualTo("delivered");
        assertThat(outcome.path("fileServer").asText()).isEqualTo("/files/1.pdf");
        assertThat(rig.fixture.dialogs.errors).isEmpty();
        assertThat(rig.qlvb.received()).singleElement().satisfies(received -> assertThat(received.token())
                .isEqualTo("token=doc-vb-5"));
        Path uploaded = Files.write(
                dir.resolve("uploaded.pdf"), rig.qlvb.received().get(0).content());
        IndependentValidation.assertValid(uploaded, rig.fixture.tokens.pki(), 1);
        assertThat(rig.model.bridge().pendingProperty().get()).isNull();
    }

    @Test
    void theUserCanRefuseAndThePageIsToldSoWithNothingSigned() throws Exception {
        Chromium.Page page = chromium.open(URI.create(origin(rig.allowedPages) + "/"));
        CompletableFuture<JsonNode> answer = page.evaluateAsync(signCall("") + ".then(r => r.status)");
        rig.awaitRequest();

        rig.model.bridge().refuse();

        assertThat(answer.get().asText()).isEqualTo("refused");
        assertThat(rig.qlvb.received()).isEmpty();
        assertThat(rig.fixture.dialogs.pinPrompts).isEmpty();
    }

    @Test
    void aSecondRequestWhileOneIsOnScreenIsAnsweredBusyAndNotShown() throws Exception {
        Chromium.Page page = chromium.open(URI.create(origin(rig.allowedPages) + "/"));
        CompletableFuture<JsonNode> first = page.evaluateAsync(signCall("") + ".then(r => r.status)");
        rig.awaitRequest();
        DesktopSigningDesk.Pending shown = rig.model.bridge().pendingProperty().get();

        JsonNode second = page.evaluate(signCall("") + ".then(r => 'answered', e => e.code)");

        assertThat(second.asText()).isEqualTo("BUSY");
        assertThat(rig.model.bridge().pendingProperty().get()).isSameAs(shown);
        rig.model.bridge().refuse();
        assertThat(first.get().asText()).isEqualTo("refused");
    }

    @Test
    void aPageFromAnotherOriginGetsNothingAndNothingIsShown() throws Exception {
        Chromium.Page page = chromium.open(URI.create(origin(rig.foreignPages) + "/"));

        assertThat(page.evaluate("VNSign.health({port: " + bridge.port() + "}).then(h => 'answered', e => e.code)")
                        .asText())
                .isEqualTo("UNREACHABLE");
        assertThat(page.evaluate(signCall("") + ".then(r => 'answered', e => e.code)")
                        .asText())
                .isEqualTo("UNREACHABLE");
        assertThat(rig.model.bridge().pendingProperty().get()).isNull();
        assertThat(rig.model.documentProperty().get()).isNull();
    }

    @Test
    void anOversizedRequestIsRefusedBeforeAnythingIsShown() throws Exception {
        Chromium.Page page = chromium.open(URI.create(origin(rig.allowedPages) + "/"));

        JsonNode code = page.evaluate(signCall(", documentNumber: 'x'.repeat(" + (BridgeServer.MAX_BODY + 1) + ")")
                + ".then(r => 'answered', e => e.code)");

        assertThat(code.asText()).isEqualTo("TOO_LARGE");
        assertThat(rig.model.bridge().pendingProperty().get()).isNull();
    }

    @Test
    void aDnsRebindingHostHeaderIsRefusedEvenFromAnAllowedOrigin() throws Exception {
        assertThat(rawHealth("127.0.0.1:" + bridge.port())).startsWith("HTTP/1.1 200");
        assertThat(rawHealth("rig.qlvb.attacker.example:" + bridge.port())).startsWith("HTTP/1.1 403");
    }

    private String rawHealth(String host) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), bridge.port())) {
            PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII);
            out.print("GET /health HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin(rig.allowedPages)
                    + "\r\nConnection: close\r\n\r\n");
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void thePrivateNetworkPreflightIsAnsweredOnlyForAnAllowedOrigin() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String origin : List.of(origin(rig.allowedPages), origin(rig.foreignPages))) {
            HttpResponse<Void> preflight = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bridge.port() + "/v1/sign"))
                            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                            .header("Origin", origin)
                            .header("Access-Control-Request-Method", "POST")
                            .header("Access-Control-Request-Private-Network", "true")
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            boolean allowed = origin.equals(origin(rig.allowedPages));
            assertThat(preflight.statusCode()).isEqualTo(allowed ? 204 : 403);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Private-Network"))
                    .isEqualTo(allowed ? java.util.Optional.of("true") : java.util.Optional.empty());
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEqualTo(allowed ? java.util.Optional.of(origin) : java.util.Optional.empty());
        }
    }
}
