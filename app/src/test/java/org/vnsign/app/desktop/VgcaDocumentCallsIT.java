/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.SignatureKind;
import org.vnsign.testsupport.browser.Chromium;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.services.QlvbServer;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * Issue 22's proof from a real headless Chromium: a page written for VGCA calls every document
 * function the way {@code vgcaplugin.js} does (one WebSocket per call, VGCA's JSON), each is shown
 * in the window, signed after the user's confirmation, and uploaded to a loopback upload handler
 * that receives the {@code uploadfile} part, the page's cookie and bearer token and its MetaData
 * as form fields; every uploaded file is judged by DSS and pdfsig. A batch of five signs with the
 * one PIN typed at log-in.
 */
class VgcaDocumentCallsIT {
    private static final String SESSION = "ASP.NET_SessionId=phien-vgca";
    private static final String JWT = "jwt-cua-qlvb";

    @TempDir
    Path dir;

    private VgcaPage vgca;
    private BridgeRig rig;
    private Chromium.Page page;
    private int documents;

    @BeforeEach
    void start() throws Exception {
        vgca = new VgcaPage(dir, "vb-0", "approve");
        rig = vgca.rig;
        rig.fixture.logIn(rig.model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
        DesktopFixture.chooseCertificate(rig.model, KeyProfile.RSA_2048);
        DesktopFixture.giveTheClerkASeal(rig.model, dir);
        page = vgca.open();
    }

    @AfterEach
    void stop() throws Exception {
        if (vgca != null) {
            vgca.close();
        }
    }

    /** Offers {@code pdf} on the QLVB server and returns the id the page names it by. */
    private String offer(byte[] pdf) {
        String id = "vb-" + (++documents);
        rig.qlvb.offer(new QlvbServer.Waiting(id, "Văn bản " + id, "approve", id + ".pdf", pdf));
        return id;
    }

    private String message(String id, String extra) {
        return "JSON.stringify({FileUploadHandler: '" + rig.qlvb.uploadUrl("up-" + id) + "', SessionId: '" + SESSION
                + "', JWTToken: '" + JWT + "', FileName: '" + rig.qlvb.documentUrl(id)
                + "', MetaData: [{Key: 'documentId', Value: '" + id + "'}, {Key: 'nguoiKy', Value: 'Văn thư'}]"
                + extra + "})";
    }

    /**
     * Calls {@code function} for {@code pdf}, lets the user look, act ({@code inWindow}) and sign,
     * checks VGCA's answer and what the upload handler received, and returns the uploaded file.
     */
    private Path signThroughThePage(
            String function, byte[] pdf, String extra, SignatureKind expected, Consumer<MainViewModel> inWindow)
            throws Exception {
        String id = offer(pdf);
        int before = rig.qlvb.received().size();
        CompletableFuture<JsonNode> answer = vgca.ask(page, function, message(id, extra));
        rig.awaitConsent();
        rig.model.bridge().accept();
        awaitTrue(() -> rig.model.bridge().pendingProperty().get() != null);
        assertThat(answer)
                .as(function + ": nothing is answered before the user signs")
                .isNotDone();
        assertThat(rig.model.placement().actionProperty().get()).as(function).isEqualTo(expected);
        inWindow.accept(rig.model);
        rig.model.replan();
        rig.model.sign();
        assertThat(rig.fixture.dialogs.errors).as(function).isEmpty();

        JsonNode reply = answer.get();
        assertThat(reply.path("Status").isInt()).as(reply.toString()).isTrue();
        assertThat(reply.path("Status").asInt()).as(function + " " + reply).isZero();
        assertThat(reply.path("FileName").asText()).isEqualTo(id + ".pdf");
        assertThat(reply.path("FileServer").asText()).as(function).isEqualTo("/files/" + (before + 1) + ".pdf");
        QlvbServer.Received received = rig.qlvb.received().get(before);
        assertThat(received.cookie()).as(function).isEqualTo(SESSION);
        assertThat(received.authorization()).as(function).isEqualTo("Bearer " + JWT);
        assertThat(received.fields())
                .as(function + ": MetaData as form fields")
                .containsExactly(Map.entry("documentId", id), Map.entry("nguoiKy", "Văn thư"));
        assertThat(rig.qlvb.downloads().get(rig.qlvb.downloads().size() - 1).cookie())
                .isEqualTo(SESSION);
        return Files.write(dir.resolve(function + "-" + id + ".pdf"), received.content());
    }

    @Test
    void everyDocumentCallOfAVgcaPageIsSignedAfterTheUsersConfirmationAndUploadedWithThePagesCredentials()
            throws Exception {
        byte[] draft = Files.readAllBytes(new Decree30Pdf()
                .numberAndDateLines("Số:          /QĐ-BTC", "Hà Nội, ngày        tháng        năm 2026")
                .write(dir.resolve("du-thao.pdf")));
        byte[] plain = Files.readAllBytes(new Decree30Pdf().write(dir.resolve("cong-van.pdf")));

        Path approved = signThroughThePage("SignApproved", draft, "", SignatureKind.APPROVAL, model -> {});
        IndependentValidation.assertValid(approved, rig.fixture.tokens.pki(), 1);

        Path issued = signThroughThePage(
                "SignIssued",
                Files.readAllBytes(approved),
                ", DocNumber: '15/QĐ-BTC', IssuedDate: '2026-12-07T02:00:00.000Z'",
                SignatureKind.ISSUE,
                model -> {});
        assertThat(PdfText.firstPage(issued)).containsPattern("Số: +15/QĐ-BTC").containsPattern("ngày +07 +tháng +12");
        IndependentValidation.assertValid(issued, rig.fixture.tokens.pki(), 2);

        Path copy = signThroughThePage(
                "SignCopy",
                Files.readAllBytes(issued),
                ", DocNumber: '03/SY-VP'",
                SignatureKind.COPY,
                model -> model.clerk().copyFormProperty().set(org.vnsign.signer.CopyForm.TRICH_SAO));
        assertThat(PdfText.withWidgets(copy)).contains("TRÍCH SAO").contains("Số: 03/SY-VP");
        IndependentValidation.assertValid(copy, rig.fixture.tokens.pki(), 3);

        Path incoming = signThroughThePage(
                "SignIncome", Files.readAllBytes(issued), ", DocNumber: '245'", SignatureKind.INCOMING, model -> {});
        assertThat(PdfText.withWidgets(incoming)).containsPattern("ĐẾN +Số: 245");
        IndependentValidation.assertValid(incoming, rig.fixture.tokens.pki(), 3);

        Path commented = signThroughThePage(
                "Comment", Files.readAllBytes(incoming), "", SignatureKind.COMMENT, model -> model.clerk()
                        .commentProperty()
                        .set("Giao Vụ Pháp chế nghiên cứu, đề xuất."));
        assertThat(PdfText.withWidgets(commented)).contains("Ý kiến: Giao Vụ Pháp chế nghiên cứu, đề xuất.");
        IndependentValidation.assertValid(commented, rig.fixture.tokens.pki(), 4);

        Path annex =
                signThroughThePage("SignAppendix", plain, ", DocNumber: '15/QĐ-BTC'", SignatureKind.ANNEX, model -> {});
        assertThat(PdfText.withWidgets(annex)).contains("Số: 15/QĐ-BTC");
        IndependentValidation.assertValid(annex, rig.fixture.tokens.pki(), 1);

        for (String function : List.of("SignPDF", "SignPDFWP", "SignFile")) {
            Path signed = signThroughThePage(function, plain, "", SignatureKind.APPROVAL, model -> {});
            IndependentValidation.assertValid(signed, rig.fixture.tokens.pki(), 1);
        }
    }

    @Test
    void aBatchOfFiveIsLookedAtSignedWithOnePinAndEachFileAnswered() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(offer(Files.readAllBytes(new Decree30Pdf().write(dir.resolve("lo-" + i + ".pdf")))));
        }
        StringBuilder files = new StringBuilder();
        for (String id : ids) {
            files.append(files.length() == 0 ? "" : ", ")
                    .append("{FileID: 'f-")
                    .append(id)
                    .append("', FileName: '")
                    .append(id)
                    .append(".pdf', URL: '")
                    .append(rig.qlvb.documentUrl(id))
                    .append("'}");
        }
        int pinsBefore = rig.fixture.dialogs.pinPrompts.size();
        CompletableFuture<JsonNode> answer = vgca.ask(
                page,
                "SignFiles",
                "JSON.stringify({FileUploadHandler: '" + rig.qlvb.uploadUrl("lo") + "', SessionId: '" + SESSION
                        + "', JWTToken: '" + JWT + "', MetaData: [{Key: 'lo', Value: '2026-12'}], Files: ["
                        + files + "]})");

        BatchDesk batch = rig.model.bridge().batches();
        awaitTrue(() -> batch.awaitingProperty().get() != null);
        assertThat(rig.qlvb.downloads())
                .as("nothing fetched before the user agrees")
                .isEmpty();
        batch.accept();
        awaitTrue(() -> batch.shownProperty().get() != null);
        batch.signAll();
        assertThat(batch.canSignAll().get())
                .as("not before every document was shown")
                .isFalse();
        assertThat(batch.signingProperty().get()).isFalse();
        for (int i = 1; i < 5; i++) {
            batch.showNext();
            int index = i;
            awaitTrue(() -> batch.shownProperty().get().index() == index);
        }
        assertThat(answer).as("nothing answered before the user signs").isNotDone();
        assertThat(rig.qlvb.received()).isEmpty();
        assertThat(batch.canSignAll().get()).isTrue();
        batch.signAll();

        JsonNode reply = answer.get();
        assertThat(reply.path("Status").asInt()).as(reply.toString()).isZero();
        assertThat(reply.path("Files")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            JsonNode file = reply.path("Files").get(i);
            assertThat(file.path("FileID").asText()).isEqualTo("f-" + ids.get(i));
            assertThat(file.path("Status").asInt()).as(file.toString()).isZero();
            assertThat(file.path("FileServer").asText()).startsWith("/files/");
        }
        assertThat(rig.fixture.dialogs.pinPrompts)
                .as("no PIN asked again for the batch: the one typed at log-in serves all five")
                .hasSize(pinsBefore);
        List<QlvbServer.Received> received = rig.qlvb.received();
        assertThat(received).hasSize(5);
        for (int i = 0; i < 5; i++) {
            QlvbServer.Received one = received.get(i);
            assertThat(one.cookie()).isEqualTo(SESSION);
            assertThat(one.authorization()).isEqualTo("Bearer " + JWT);
            assertThat(one.fields()).containsEntry("lo", "2026-12").containsKey("FileID");
            Path uploaded = Files.write(dir.resolve("batch-" + i + ".pdf"), one.content());
            IndependentValidation.assertValid(uploaded, rig.fixture.tokens.pki(), 1);
        }
        assertThat(received)
                .extracting(one -> one.fields().get("FileID"))
                .containsExactlyInAnyOrderElementsOf(
                        ids.stream().map(id -> "f-" + id).toList());
    }

    @Test
    void authSignMsgAndSignHashSignAfterTheUserAgreesAndVerifyMsgJudgesSignatureAndCertificate() throws Exception {
        byte[] data = "Tờ trình số 12/TTr-VP".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hash256 =
                base64(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        String hash384 =
                base64(java.security.MessageDigest.getInstance("SHA-384").digest(data));
        java.security.cert.X509Certificate mine =
                rig.fixture.tokens.pki().identity(KeyProfile.RSA_2048).certificate();
        rig.fixture.dialogs.confirms = true;

        JsonNode signMsg = vgca.answer(
                page, "SignMsg", "JSON.stringify({HashAlg: 'SHA256', HashValue: '" + hash256 + "', Encode: 'RSA'})");
        assertThat(signMsg.path("Status").asInt()).as(signMsg.toString()).isZero();
        assertThat(signMsg.path("CertBase64").asText()).isEqualTo(base64(mine.getEncoded()));
        assertThat(verifies(
                        "SHA256withRSA", mine, data, signMsg.path("Signature").asText()))
                .isTrue();
        assertThat(rig.fixture.dialogs.questions.get(0))
                .contains(rig.allowedPages.origin())
                .contains("SignMsg");
        assertThat(rig.fixture.dialogs.details.get(0)).as("the digest is shown").contains(hash256Hex(data));

        JsonNode signHash =
                vgca.answer(page, "SignHash", "JSON.stringify({HashAlg: 'SHA384', HashValue: '" + hash384 + "'})");
        assertThat(signHash.path("Status").asInt()).as(signHash.toString()).isZero();
        assertThat(verifies(
                        "SHA384withRSA", mine, data, signHash.path("Signature").asText()))
                .isTrue();

        JsonNode auth = vgca.answer(page, "Auth", "'dang-nhap-7F3A91'");
        assertThat(auth.path("Status").asInt()).as(auth.toString()).isZero();
        assertThat(verifies(
                        "SHA256withRSA",
                        mine,
                        "dang-nhap-7F3A91".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        auth.path("Signature").asText()))
                .isTrue();
        assertThat(rig.fixture.dialogs.details.get(2))
                .as("the challenge's own words are shown")
                .contains("dang-nhap-7F3A91");

        String content = base64(data);
        JsonNode verified = vgca.answer(
                page,
                "VerifyMsg",
                "JSON.stringify({Base64Content: '" + content + "', Signature: '"
                        + signMsg.path("Signature").asText() + "', CertBase64: '" + base64(mine.getEncoded()) + "'})");
        assertThat(verified.path("Status").asInt())
                .as("a bare value with only its own certificate: the signature matches, but offline its issuer"
                        + " cannot be found, so no path to a trusted root: not valid (Circular 15/2025)")
                .isEqualTo(1);
        assertThat(verified.path("Message").asText())
                .contains("Chữ ký khớp với nội dung")
                .contains("trusted root");
        assertThat(verified.path("Valid").asBoolean()).isFalse();

        JsonNode cms = vgca.answer(
                page,
                "VerifyMsg",
                "JSON.stringify({Base64Content: '" + content + "', Signature: '"
                        + base64(cms(data, rig.fixture.tokens.pki().identity(KeyProfile.RSA_2048))) + "'})");
        assertThat(cms.path("Status").asInt())
                .as("a CMS with its chain: the signature matches and the path reaches the trusted root")
                .isZero();
        assertThat(cms.path("Valid").asBoolean()).isTrue();
        assertThat(cms.path("Signer").asText()).contains(KeyProfile.RSA_2048.commonName());

        JsonNode changed = vgca.answer(
                page,
                "VerifyMsg",
                "JSON.stringify({Base64Content: '"
                        + base64("Tờ trình số 13/TTr-VP".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        + "', Signature: '" + signMsg.path("Signature").asText() + "', CertBase64: '"
                        + base64(mine.getEncoded()) + "'})");
        assertThat(changed.path("Status").asInt()).as(changed.toString()).isEqualTo(1);
        assertThat(changed.path("Valid").asBoolean()).isFalse();

        int asked = rig.fixture.dialogs.questions.size();
        rig.fixture.dialogs.confirms = false;
        JsonNode refused = vgca.answer(page, "SignMsg", "JSON.stringify({HashValue: '" + hash256 + "'})");
        assertThat(refused.path("Status").asInt()).isEqualTo(1);
        assertThat(refused.path("Signature").asText()).isEmpty();
        assertThat(rig.fixture.dialogs.questions).hasSize(asked + 1);

        JsonNode sha1 = vgca.answer(
                page, "SignMsg", "JSON.stringify({HashAlg: 'SHA1', HashValue: '" + base64(new byte[20]) + "'})");
        assertThat(sha1.path("Status").asInt()).isEqualTo(1);
        assertThat(sha1.path("Message").asText()).contains("SHA-1");
        assertThat(rig.fixture.dialogs.questions)
                .as("refused before anyone is asked")
                .hasSize(asked + 1);
    }

    private static String base64(byte[] bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    private static String hash256Hex(byte[] data) throws Exception {
        String hex = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        return hex.substring(0, 4) + " " + hex.substring(4, 8);
    }

    private static boolean verifies(
            String algorithm, java.security.cert.X509Certificate certificate, byte[] data, String signature)
            throws Exception {
        java.security.Signature verifier = java.security.Signature.getInstance(algorithm);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(data);
        return verifier.verify(java.util.Base64.getDecoder().decode(signature));
    }

    /** A detached CMS over {@code data}, made by another tool (Bouncy Castle) with the same identity's key. */
    private static byte[] cms(byte[] data, org.vnsign.testsupport.pki.TestIdentity identity) throws Exception {
        var generator = new org.bouncycastle.cms.CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder(
                        new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build())
                .build(
                        new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
                                .build(identity.keyPair().getPrivate()),
                        identity.certificate()));
        generator.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(identity.chain()));
        return generator
                .generate(new org.bouncycastle.cms.CMSProcessableByteArray(data), false)
                .getEncoded();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
