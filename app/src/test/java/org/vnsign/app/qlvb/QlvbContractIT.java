/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.InternalTlsCa;
import org.vnsign.testsupport.services.QlvbServer;

/**
 * VNSign's own QLVB contract: {@code docs/qlvb-api.yaml} is a valid OpenAPI 3 document, the test
 * server answers with what it requires, and {@link QlvbClient} lists, downloads and returns a signed
 * result through it, once, whatever the retries.
 */
class QlvbContractIT {
    private static OpenAPI contract;

    @TempDir
    Path dir;

    private QlvbServer server;

    @BeforeAll
    static void readContract() {
        SwaggerParseResult result = new OpenAPIV3Parser()
                .readLocation(Path.of("../docs/qlvb-api.yaml").toUri().toString(), null, null);
        assertThat(result.getMessages()).as("OpenAPI 3 validation").isEmpty();
        contract = result.getOpenAPI();
    }

    @BeforeEach
    void start() throws Exception {
        server = new QlvbServer();
        server.offer(new QlvbServer.Waiting(
                "vb-101",
                "Tờ trình về chữ ký số",
                "approve",
                "to-trinh.pdf",
                Files.readAllBytes(new Decree30Pdf().write(dir.resolve("to-trinh.pdf")))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private QlvbClient client(String token) throws Exception {
        return client(server.apiUrl(), token, Optional.empty());
    }

    private static QlvbClient client(URI api, String token, Optional<Path> extraCa) throws Exception {
        Duration timeout = Duration.ofSeconds(5);
        return new QlvbClient(api, token, timeout, Http.client(timeout, extraCa));
    }

    @Test
    void theContractIsOpenApi3WithTheThreeOperationsAndBearerAuth() {
        assertThat(contract.getOpenapi()).startsWith("3.");
        assertThat(contract.getPaths()).containsKeys("/documents", "/documents/{id}/file", "/documents/{id}/signed");
        assertThat(contract.getComponents().getSecuritySchemes()).containsKey("bearer");
        assertThat(actions())
                .as("the contract names exactly the actions VNSign does")
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(org.vnsign.signer.SignatureKind.values())
                        .filter(kind -> kind != org.vnsign.signer.SignatureKind.INVISIBLE)
                        .map(org.vnsign.app.inbox.Actions::contract)
                        .toList());
    }

    @Test
    void theTestServersAnswersCarryWhatTheContractRequires() throws Exception {
        HttpResponse<String> listed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.apiUrl() + "/documents"))
                                .header("Authorization", "Bearer " + QlvbServer.API_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode body = new ObjectMapper().readTree(listed.body());

        assertThat(body.fieldNames()).toIterable().containsAll(required("#/listDocuments"));
        for (JsonNode document : body.get("documents")) {
            assertThat(document.fieldNames()).toIterable().containsAll(required("Document"));
            assertThat(actions()).contains(document.get("action").asText());
        }
    }

    @Test
    void listsDownloadsAndReturnsTheSignedResultExactlyOnce() throws Exception {
        QlvbClient client = client(QlvbServer.API_TOKEN);
        List<QlvbDocument> documents = client.documents();
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.title()).isEqualTo("Tờ trình về chữ ký số");
            assertThat(document.action()).isEqualTo("approve");
        });
        Path downloaded = client.download(documents.get(0), dir.resolve("tai-ve.pdf"));
        assertThat(downloaded).hasSameBinaryContentAs(dir.resolve("to-trinh.pdf"));

        String fingerprint = "A".repeat(64);
        Instant signedAt = Instant.parse("2026-11-22T03:15:30Z");
        String key = "9b2f6c1e-0d4a-4f8e-a1b2-c3d4e5f60718";
        String first = client.uploadSigned(documents.get(0), downloaded, fingerprint, signedAt, key);
        String retry = client.uploadSigned(documents.get(0), downloaded, fingerprint, signedAt, key);

        assertThat(retry).isEqualTo(first);
        assertThat(server.returned()).singleElement().satisfies(returned -> {
            assertThat(returned.action()).isEqualTo("approve");
            assertThat(returned.signerFingerprint())
                    .matches(contract.getComponents().getSchemas().get("Document") == null ? ".*" : "^[0-9A-F]{64}$");
            assertThat(returned.signingTime()).isEqualTo("2026-11-22T03:15:30Z");
            assertThat(returned.content()).isEqualTo(Files.readAllBytes(downloaded));
        });
        assertThat(client.documents()).as("no longer waiting").isEmpty();
    }

    @Test
    void aWrongTokenOrAGoneDocumentIsAClearFailure() throws Exception {
        assertThatThrownBy(() -> client("expired").documents())
                .isInstanceOf(QlvbException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("Phiên đăng nhập đã hết hạn");
        QlvbDocument gone = new QlvbDocument("vb-999", "", "approve", "x.pdf", "");
        assertThatThrownBy(() -> client(QlvbServer.API_TOKEN).download(gone, dir.resolve("x.pdf")))
                .isInstanceOf(QlvbException.class)
                .hasMessageContaining("HTTP 404");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aServerWithACertificateFromTheAgencysOwnCaIsReachedOnlyWithThatCaAsTheExtraCa() throws Exception {
        InternalTlsCa ca = InternalTlsCa.generate();
        try (QlvbServer https = new QlvbServer(ca.serverContext())) {
            https.offer(new QlvbServer.Waiting("vb-7", "Quyết định", "issue", "qd.pdf", new byte[] {1}));

            assertThatThrownBy(() -> client(https.apiUrl(), QlvbServer.API_TOKEN, Optional.empty())
                            .documents())
                    .isInstanceOf(QlvbException.class)
                    .hasMessageContaining("TLS certificate is not trusted");
            Path caFile = ca.writeRootPem(dir.resolve("ca.pem"));
            assertThat(client(https.apiUrl(), QlvbServer.API_TOKEN, Optional.of(caFile))
                            .documents())
                    .extracting(QlvbDocument::id)
                    .containsExactly("vb-7");
        }
    }

    @Test
    void aMissingExtraCaFileIsNamed() {
        Path missing = dir.resolve("khong-co.pem");
        assertThatThrownBy(() -> Http.client(Duration.ofSeconds(1), Optional.of(missing)))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    /** The actions the contract names. */
    private static List<String> actions() {
        List<?> values = contract.getComponents().getSchemas().get("Action").getEnum();
        return values.stream().map(String::valueOf).toList();
    }

    /** The required properties of a schema, or of the 200 response of an operation ("#/operationId"). */
    @SuppressWarnings("rawtypes")
    private static List<String> required(String name) {
        Schema schema;
        if (name.startsWith("#/")) {
            schema = contract.getPaths()
                    .get("/documents")
                    .getGet()
                    .getResponses()
                    .get("200")
                    .getContent()
                    .get("application/json")
                    .getSchema();
        } else {
            schema = contract.getComponents().getSchemas().get(name);
        }
        List<?> required = schema.getRequired();
        return required.stream().map(String::valueOf).toList();
    }
}
