/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.InternalTlsCa;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.services.QlvbServer;
import org.vnsign.testsupport.validation.IndependentValidation;

/**
 * Issue 7's command line: {@code vnsign sign --upload URL} to a VGCA-style server that fails, the
 * file waiting in the outbox across processes, and {@code vnsign outbox --retry} delivering it
 * exactly once when the server is back; the server's copy is valid in EU DSS and pdfsig.
 */
class UploadCommandIT extends TokenProcessTest {
    @TempDir
    Path dir;

    private Map<String, String> environment() {
        Map<String, String> own = new HashMap<>(VnsignProcess.english(environment, dir));
        own.put("VNSIGN_HOME", dir.resolve("home").toString());
        return own;
    }

    @Test
    void aSignedFileWaitsInTheOutboxWhileTheServerFailsAndIsDeliveredOnceAfter() throws Exception {
        Path document = new Decree30Pdf().write(dir.resolve("to-trinh.pdf"));
        try (QlvbServer server = new QlvbServer()) {
            server.fail(QlvbServer.Fault.HTTP_500);
            VnsignProcess.Result signed =
                    signAndUpload(document, server.uploadUrl("doc-1").toString());

            assertThat(signed.exitCode()).as(signed.err()).isEqualTo(ExitCodes.NETWORK);
            JsonNode upload = firstUpload(signed);
            assertThat(upload.get("status").asText()).isEqualTo("queued");
            assertThat(upload.get("message").asText()).isEqualTo("HTTP 500");
            assertThat(dir.resolve("to-trinh.signed.pdf")).exists();

            VnsignProcess.Result listed = VnsignProcess.run(environment(), null, "outbox", "--json");
            assertThat(listed.exitCode()).isZero();
            JsonNode entries = VnsignProcess.JSON.readTree(listed.out()).get("entries");
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).get("file").asText()).isEqualTo("to-trinh.signed.pdf");
            assertThat(entries.get(0).get("attempts").asInt()).isEqualTo(1);

            server.fail(QlvbServer.Fault.NONE);
            VnsignProcess.Result retried = VnsignProcess.run(environment(), null, "outbox", "--retry", "--json");
            assertThat(retried.exitCode()).as(retried.err()).isZero();
            VnsignProcess.Result again = VnsignProcess.run(environment(), null, "outbox", "--retry");
            assertThat(again.out()).contains("The outbox is empty");

            assertThat(server.received()).hasSize(1);
            Path stored = Files.write(
                    dir.resolve("stored.pdf"), server.received().get(0).content());
            assertThat(stored).hasSameBinaryContentAs(dir.resolve("to-trinh.signed.pdf"));
            IndependentValidation.assertValid(stored, tokens.pki(), 1);
        }
    }

    @Test
    void aServerThatAcceptsGetsTheFileAtOnceAndNothingWaits() throws Exception {
        Path document = new Decree30Pdf().write(dir.resolve("cv.pdf"));
        try (QlvbServer server = new QlvbServer()) {
            VnsignProcess.Result signed =
                    signAndUpload(document, server.uploadUrl("doc-2").toString());

            assertThat(signed.exitCode()).as(signed.err()).isZero();
            JsonNode upload = firstUpload(signed);
            assertThat(upload.get("status").asText()).isEqualTo("delivered");
            assertThat(upload.get("fileServer").asText()).isEqualTo("/files/1.pdf");
            assertThat(server.received()).hasSize(1);
            VnsignProcess.Result listed = VnsignProcess.run(environment(), null, "outbox", "--json");
            assertThat(VnsignProcess.JSON.readTree(listed.out()).get("entries")).isEmpty();
        }
    }

    @Test
    void aServerBehindTheAgencysOwnCaIsReachedWithUploadCaAndABadCaFileStopsBeforeSigning() throws Exception {
        Path document = new Decree30Pdf().write(dir.resolve("qd.pdf"));
        InternalTlsCa ca = InternalTlsCa.generate();
        try (QlvbServer server = new QlvbServer(ca.serverContext())) {
            Path notCa = Files.writeString(dir.resolve("not-a-ca.pem"), "hello");
            VnsignProcess.Result refused =
                    signAndUpload(document, server.uploadUrl("doc-3").toString(), "--upload-ca", notCa.toString());
            assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.err()).contains("not-a-ca.pem").contains("holds no certificate");
            assertThat(dir.resolve("qd.signed.pdf")).as("nothing signed").doesNotExist();

            Path caFile = ca.writeRootPem(dir.resolve("ca-noi-bo.pem"));
            VnsignProcess.Result signed =
                    signAndUpload(document, server.uploadUrl("doc-3").toString(), "--upload-ca", caFile.toString());

            assertThat(signed.exitCode()).as(signed.err()).isZero();
            assertThat(server.received()).singleElement().satisfies(received -> assertThat(received.content())
                    .isEqualTo(Files.readAllBytes(dir.resolve("qd.signed.pdf"))));
        }
    }

    /** The upload part of the first file's JSON result. */
    private static JsonNode firstUpload(VnsignProcess.Result signed) throws Exception {
        return VnsignProcess.JSON.readTree(signed.out()).get("files").get(0).get("upload");
    }

    private VnsignProcess.Result signAndUpload(Path document, String uploadUrl, String... more) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(document.toString(), "--upload", uploadUrl));
        arguments.addAll(List.of(more));
        return VnsignProcess.onToken(
                tokens,
                environment(),
                "sign",
                KeyProfile.RSA_2048,
                VnsignProcess.MAIN_PIN,
                arguments.toArray(new String[0]));
    }
}
