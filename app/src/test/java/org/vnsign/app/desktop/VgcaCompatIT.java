/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.bridge.LocalCertificate;
import org.vnsign.app.bridge.VgcaCompatServer;
import org.vnsign.signer.SignatureKind;
import org.vnsign.testsupport.browser.Chromium;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * The VGCA compatibility mode from a real headless Chromium: a page written for Ban Cơ yếu's VGCA
 * Sign Service opens {@code wss://127.0.0.1:PORT/SignApproved} and sends its usual message; Chromium
 * trusts VNSign's local certificate because the product's own install step put it into the test
 * user's NSS database (certutil), as it would with the user's consent.
 */
@SoftHsmTest
class VgcaCompatIT {
    @TempDir
    Path dir;

    private BridgeRig rig;
    private VgcaCompatServer vgca;
    private Chromium chromium;

    @BeforeEach
    void start() throws Exception {
        rig = new BridgeRig(dir, "vb-8", "approve");
        LocalCertificate certificate = LocalCertificate.inFolder(dir.resolve("config"));
        Path home = Files.createDirectories(dir.resolve("user-home"));
        certificate.install("Linux", home);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        vgca = VgcaCompatServer.start(
                port,
                List.of(rig.allowedPages.origin()),
                BridgeRig.loopbackServer(),
                certificate.serverContext(),
                rig.model.bridge(),
                "test");
        chromium = rig.chromium(Map.of("HOME", home.toString()));
    }

    @AfterEach
    void stop() throws Exception {
        if (vgca != null) {
            vgca.close();
        }
        rig.close();
    }

    /** What a vgcaplugin.js-style page does: one WebSocket per call, one message each way. */
    private String call(String function, String message) {
        return "new Promise((resolve, reject) => {"
                + " const socket = new WebSocket('wss://127.0.0.1:" + vgca.getPort() + "/" + function + "');"
                + " socket.onopen = () => socket.send(" + message + ");"
                + " socket.onmessage = event => resolve(event.data);"
                + " socket.onerror = () => reject(new Error('no connection'));"
                + "}).then(data => data, error => 'refused: ' + error.message)";
    }

    @Test
    void aPageWrittenForVgcaSignsThroughVnsignAndGetsTheVgcaAnswer() throws Exception {
        Chromium.Page page = chromium.open(URI.create(rig.allowedPages.origin() + "/"));
        JsonNode version = new ObjectMapper()
                .readTree(page.evaluate(call("GetVersion", "'GetVersion'")).asText());
        assertThat(version.path("Status").asInt(-1)).isZero();
        assertThat(version.path("Message").asText()).isEqualTo("VNSign test");

        String message = "JSON.stringify({FileUploadHandler: '" + rig.qlvb.uploadUrl("doc-vb-8") + "', SessionId: '',"
                + " JWTToken: '', FileName: '" + rig.qlvb.documentUrl("vb-8")
                + "', MetaData: [{Key: 'token', Value: 'x'}],"
                + " DocNumber: '123/QĐ-BTC', IssuedDate: new Date()})";
        CompletableFuture<JsonNode> answer = page.evaluateAsync(call("SignApproved", message));
        rig.awaitRequest();
        assertThat(answer).as("the page's answer").isNotDone();
        assertThat(rig.model.placement().actionProperty().get()).isEqualTo(SignatureKind.APPROVAL);
        assertThat(rig.model.clerk().documentNumberProperty().get()).isEqualTo("123/QĐ-BTC");
        assertThat(rig.model.clerk().issuedDateProperty().get())
                .as("an issue date is the issue's, not the approval's")
                .isNull();
        assertThat(rig.fixture.dialogs.pinPrompts)
                .as("no PIN before the request is shown")
                .isEmpty();

        rig.fixture.logIn(rig.model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
        DesktopFixture.chooseCertificate(rig.model, KeyProfile.RSA_2048);
        rig.model.sign();
        assertThat(rig.fixture.dialogs.errors).isEmpty();

        JsonNode reply = new ObjectMapper().readTree(answer.get().asText());
        assertThat(reply.path("Status").isInt()).as(reply.toString()).isTrue();
        assertThat(reply.path("Status").asInt()).as(reply.toString()).isZero();
        assertThat(reply.path("FileName").asText()).isEqualTo("vb-8.pdf");
        assertThat(reply.path("FileServer").asText()).isEqualTo("/files/1.pdf");
        Path uploaded = Files.write(
                dir.resolve("uploaded.pdf"), rig.qlvb.received().get(0).content());
        IndependentValidation.assertValid(uploaded, rig.fixture.tokens.pki(), 1);
    }

    @Test
    void aPageFromAnotherOriginCannotConnect() throws Exception {
        Chromium.Page page = chromium.open(URI.create(rig.foreignPages.origin() + "/"));

        assertThat(page.evaluate(call("GetVersion", "'GetVersion'")).asText()).isEqualTo("refused: no connection");
        assertThat(rig.model.bridge().pendingProperty().get()).isNull();
    }
}
