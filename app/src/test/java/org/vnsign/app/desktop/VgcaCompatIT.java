/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.vnsign.testsupport.services.QlvbServer;
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

    private VgcaPage vgcaPage;
    private BridgeRig rig;
    private VgcaCompatServer vgca;
    private Chromium chromium;

    @BeforeEach
    void start() throws Exception {
        vgcaPage = new VgcaPage(dir, "vb-8", "approve");
        rig = vgcaPage.rig;
        vgca = vgcaPage.vgca;
        chromium = vgcaPage.chromium;
    }

    @AfterEach
    void stop() throws Exception {
        if (vgcaPage != null) {
            vgcaPage.close();
        }
    }

    private String call(String function, String message) {
        return vgcaPage.call(function, message);
    }

    @Test
    void aPageWrittenForVgcaSignsThroughVnsignAndGetsTheVgcaAnswer() throws Exception {
        Chromium.Page page = chromium.open(URI.create(rig.allowedPages.origin() + "/"));
        JsonNode version = new ObjectMapper()
                .readTree(page.evaluate(call("GetVersion", "'GetVersion'")).asText());
        assertThat(version.path("Status").asInt(-1)).isZero();
        assertThat(version.path("Message").asText()).isEqualTo("VNSign test");

        String message = "JSON.stringify({FileUploadHandler: '" + rig.qlvb.uploadUrl("doc-vb-8") + "',"
                + " SessionId: 'ASP.NET_SessionId=phien-42', JWTToken: 'jwt-cua-trang', FileName: '"
                + rig.qlvb.documentUrl("vb-8")
                + "', MetaData: [{Key: 'token', Value: 'x'}, {Key: 'documentId', Value: 'vb-8'}],"
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
        assertThat(rig.qlvb.downloads())
                .as("the page's cookie and bearer token went with the download from the upload handler's origin")
                .singleElement()
                .satisfies(download -> {
                    assertThat(download.cookie()).isEqualTo("ASP.NET_SessionId=phien-42");
                    assertThat(download.authorization()).isEqualTo("Bearer jwt-cua-trang");
                });
        QlvbServer.Received received = rig.qlvb.received().get(0);
        assertThat(received.cookie()).isEqualTo("ASP.NET_SessionId=phien-42");
        assertThat(received.authorization()).isEqualTo("Bearer jwt-cua-trang");
        assertThat(received.fields())
                .as("MetaData as form fields, in the page's order")
                .containsExactly(Map.entry("token", "x"), Map.entry("documentId", "vb-8"));
        Path uploaded = Files.write(dir.resolve("uploaded.pdf"), received.content());
        IndependentValidation.assertValid(uploaded, rig.fixture.tokens.pki(), 1);
    }

    /**
     * VGCA's {@code FileName: ""}: the window says which page asks, the user picks a PDF on this
     * computer, a copy of it is signed and uploaded, the page learns the file's name, and the
     * user's own file is untouched.
     */
    @Test
    void anEmptyFileNameHasTheUserPickALocalFileThatIsSignedAsACopyAndUploaded() throws Exception {
        Path local = new org.vnsign.testsupport.documents.Decree30Pdf().write(dir.resolve("cong-van-tai-may.pdf"));
        byte[] before = Files.readAllBytes(local);
        rig.fixture.dialogs.document = java.util.Optional.of(local);
        rig.fixture.logIn(rig.model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
        DesktopFixture.chooseCertificate(rig.model, KeyProfile.RSA_2048);
        Chromium.Page page = chromium.open(URI.create(rig.allowedPages.origin() + "/"));

        CompletableFuture<JsonNode> answer = page.evaluateAsync(call(
                "SignApproved",
                "JSON.stringify({FileUploadHandler: '" + rig.qlvb.uploadUrl("doc-local")
                        + "', SessionId: '', JWTToken: '', FileName: '', MetaData: []})"));
        rig.awaitConsent();
        assertThat(rig.model.bridge().awaitingProperty().get().request().localFile())
                .isTrue();
        rig.awaitRequest();
        rig.model.sign();
        assertThat(rig.fixture.dialogs.errors).isEmpty();

        JsonNode reply = new ObjectMapper().readTree(answer.get().asText());
        assertThat(reply.path("Status").asInt()).as(reply.toString()).isZero();
        assertThat(reply.path("FileName").asText()).isEqualTo("cong-van-tai-may.pdf");
        assertThat(rig.qlvb.downloads()).as("nothing was downloaded").isEmpty();
        assertThat(Files.readAllBytes(local))
                .as("the user's own file is untouched")
                .isEqualTo(before);
        assertThat(dir.resolve("cong-van-tai-may.signed.pdf")).doesNotExist();
        Path uploaded = Files.write(
                dir.resolve("uploaded.pdf"), rig.qlvb.received().get(0).content());
        IndependentValidation.assertValid(uploaded, rig.fixture.tokens.pki(), 1);
    }

    /**
     * Every function a vgcaplugin.js page can call answers at once in VGCA's shape (an integer
     * Status and a Message): the certificate, the settings, a verification, and a worded refusal of
     * what VNSign does not do; none hangs or drops the socket (issue 22).
     */
    @Test
    void everyVgcaCallThatNeedsNoSignatureAnswersInVgcasShape() throws Exception {
        Chromium.Page page = chromium.open(URI.create(rig.allowedPages.origin() + "/"));
        ObjectMapper json = new ObjectMapper();

        JsonNode noCertificate = json.readTree(
                page.evaluate(call("GetCertInfo", "'get_cert_info'")).asText());
        assertThat(noCertificate.path("Status").asInt())
                .as(noCertificate.toString())
                .isEqualTo(1);
        assertThat(noCertificate.path("Message").asText()).contains("đăng nhập token");
        rig.fixture.logIn(rig.model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
        DesktopFixture.chooseCertificate(rig.model, KeyProfile.RSA_2048);
        JsonNode certificate = json.readTree(
                page.evaluate(call("GetCertInfo", "'get_cert_info'")).asText());
        assertThat(certificate.path("Status").isInt()).isTrue();
        assertThat(certificate.path("Status").asInt())
                .as(certificate.toString())
                .isZero();
        assertThat(certificate.path("CertInfo").path("Subject").asText()).contains(KeyProfile.RSA_2048.commonName());
        assertThat(certificate.path("CertInfo").path("Base64Data").asText()).isNotEmpty();

        JsonNode config =
                json.readTree(page.evaluate(call("Config", "'config'")).asText());
        assertThat(config.path("Status").asInt()).as(config.toString()).isZero();
        long deadline = System.currentTimeMillis() + 10_000;
        while (rig.model.settingsAskedProperty().get() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(rig.model.settingsAskedProperty().get())
                .as("the settings were asked for")
                .isEqualTo(1);

        Path signed = dir.resolve("da-ky.pdf");
        rig.model.open(new org.vnsign.testsupport.documents.Decree30Pdf().write(dir.resolve("to-trinh.pdf")));
        rig.model.sign();
        Files.copy(dir.resolve("to-trinh.signed.pdf"), signed);
        rig.qlvb.offer(new org.vnsign.testsupport.services.QlvbServer.Waiting(
                "vb-9", "Văn bản đến", "approve", "vb-9.pdf", Files.readAllBytes(signed)));
        JsonNode verified = json.readTree(page.evaluate(call(
                        "VerifyPDF",
                        "JSON.stringify({SessionId: '', FileName: '" + rig.qlvb.documentUrl("vb-9") + "'})"))
                .asText());
        assertThat(verified.path("Status").asInt()).as(verified.toString()).isZero();
        assertThat(verified.path("Signatures")).hasSize(1);
        assertThat(verified.path("Signatures").get(0).path("Signer").asText())
                .isEqualTo(KeyProfile.RSA_2048.commonName());
        assertThat(verified.path("Message").asText())
                .as("VNSign's verdict, in Vietnamese")
                .isNotBlank();

        for (String function : List.of("SignXML", "SignOffice", "GetLicenseRequest", "SignJson", "NoSuchThing")) {
            JsonNode refused =
                    json.readTree(page.evaluate(call(function, "'{}'")).asText());
            assertThat(refused.path("Status").isInt()).as(function).isTrue();
            assertThat(refused.path("Status").asInt()).as(function).isEqualTo(1);
            assertThat(refused.path("Message").asText())
                    .as(function)
                    .contains("VNSign")
                    .contains(function);
        }
    }

    /** Firefox keeps its own store per profile: the install step adds the CA there too, once. */
    @Test
    void theLocalCaGoesIntoEachFirefoxProfileOnce() throws Exception {
        Path home = Files.createDirectories(dir.resolve("firefox-home"));
        Path profile = Files.createDirectories(home.resolve(".mozilla/firefox/ab12cd34.default-release"));
        org.vnsign.app.os.Commands.run(List.of("certutil", "-d", "sql:" + profile, "-N", "--empty-password"));
        LocalCertificate certificate = LocalCertificate.inFolder(dir.resolve("firefox-config"));

        certificate.install("Linux", home);
        certificate.install("Linux", home);

        Process listing = new ProcessBuilder("certutil", "-d", "sql:" + profile, "-L")
                .redirectErrorStream(true)
                .start();
        String names = new String(listing.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(listing.waitFor()).as(names).isZero();
        assertThat(names.lines().filter(line -> line.startsWith("VNSign local bridge")))
                .as(names)
                .hasSize(1);
    }

    @Test
    void aPageFromAnotherOriginCannotConnect() throws Exception {
        Chromium.Page page = chromium.open(URI.create(rig.foreignPages.origin() + "/"));

        assertThat(page.evaluate(call("GetVersion", "'GetVersion'")).asText()).isEqualTo("refused: no connection");
        assertThat(rig.model.bridge().pendingProperty().get()).isNull();
    }
}
