/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.DefaultSSLWebSocketServerFactory;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.qlvb.Downloads;
import org.vnsign.signer.SignatureKind;

/**
 * The VGCA compatibility mode, off unless the administrator turns it on: Ban Cơ yếu's VGCA Sign
 * Service protocol (vn-conventions 3.1), so that a QLVB page written for that Windows helper works
 * unchanged with VNSign. A secure WebSocket on {@code wss://127.0.0.1:8987/<Function>}, one message
 * each way per connection: the page sends the function's JSON ({@code FileUploadHandler},
 * {@code SessionId}, {@code JWTToken}, {@code FileName}, {@code MetaData}, {@code DocNumber},
 * {@code IssuedDate}; SessionId and JWTToken go with the download and the upload as
 * {@link PageCredentials}, MetaData to the upload handler as form fields) and gets {@code {Status, Message, FileName, FileServer}} with an integer
 * {@code Status}, 0 for success. The same rules as the HTTP bridge apply: the Origin must be allowed
 * and the Host must name this bridge (checked in the handshake), the user sees the document before
 * any PIN, one request at a time, and a rate limit per origin.
 */
public final class VgcaCompatServer extends WebSocketServer implements AutoCloseable {
    /** VGCA Sign Service's port. */
    public static final int VGCA_PORT = 8987;

    private static final Logger LOG = LoggerFactory.getLogger(VgcaCompatServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OriginPolicy policy;
    private final SigningDesk desk;
    private final DocumentSources sources;
    private final String version;
    private final RateLimit rateLimit =
            new RateLimit(BridgeServer.REQUESTS_PER_MINUTE, Duration.ofMinutes(1), Clock.systemUTC());

    private VgcaCompatServer(int port, OriginPolicy policy, DocumentSources sources, SigningDesk desk, String version) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.policy = policy;
        this.desk = desk;
        this.sources = sources;
        this.version = version;
        setReuseAddr(true);
    }

    /** Listens on 127.0.0.1:{@code port} with {@code tls} (the local certificate). */
    public static VgcaCompatServer start(
            int port,
            Collection<String> origins,
            DocumentSources sources,
            SSLContext tls,
            SigningDesk desk,
            String version)
            throws IOException {
        VgcaCompatServer server = new VgcaCompatServer(port, new OriginPolicy(origins, port), sources, desk, version);
        server.setWebSocketFactory(new DefaultSSLWebSocketServerFactory(tls));
        server.start();
        LOG.info("VGCA compatibility mode on wss://127.0.0.1:{} for {}", port, server.policy.allowed());
        return server;
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket connection, Draft draft, ClientHandshake request) throws InvalidDataException {
        ServerHandshakeBuilder builder = super.onWebsocketHandshakeReceivedAsServer(connection, draft, request);
        String origin = request.getFieldValue("Origin");
        String host = request.getFieldValue("Host");
        if (!policy.allowsHost(host) || !policy.allowsOrigin(origin)) {
            LOG.info("VGCA mode refused a connection from origin {} with Host {}", origin, host);
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "not allowed");
        }
        if (!rateLimit.admit(origin)) {
            throw new InvalidDataException(CloseFrame.TRY_AGAIN_LATER, "too many requests");
        }
        return builder;
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        connection.setAttachment(handshake.getFieldValue("Origin"));
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        String function = connection.getResourceDescriptor().replaceFirst("\\?.*", "");
        try {
            handle(connection, function, message);
        } catch (RuntimeException e) {
            // Whatever a page sends, it gets an answer in VGCA's shape, never a dropped socket.
            LOG.warn("VGCA mode could not handle {}: {}", function, e.toString());
            reply(connection, answer(1, "VNSign could not handle this request", "", ""));
        }
    }

    private void handle(WebSocket connection, String function, String message) {
        switch (VgcaFunctions.of(function)) {
            case VERSION -> reply(connection, answer(0, "VNSign " + version, "", ""));
            case NOT_PROVIDED -> reply(connection, answer(1, VgcaFunctions.notProvided(function), "", ""));
            case CERT_INFO -> certificate(connection);
            case CONFIG ->
                reply(
                        connection,
                        desk.openSettings()
                                ? VgcaAnswers.status(0, "Đã mở Cài đặt của VNSign. / VNSign's settings are open.")
                                : VgcaAnswers.status(1, "VNSign không có cửa sổ. / VNSign has no window."));
            case VERIFY_PDF -> verify(connection, message);
            case BATCH -> batch(connection, message);
            case SIGN_DIGEST -> signDigest(connection, function, message);
            case VERIFY_MESSAGE -> verifyMessage(connection, message);
            case DOCUMENT -> document(connection, VgcaFunctions.DOCUMENTS.get(function), message);
        }
    }

    /** GetCertInfo: the certificate chosen in VNSign, or a message to log in first. */
    private void certificate(WebSocket connection) {
        var chosen = desk.chosenCertificate();
        if (chosen.isEmpty()) {
            reply(
                    connection,
                    VgcaAnswers.status(
                            1,
                            "Chưa chọn chứng thư số: hãy đăng nhập token trong VNSign. "
                                    + "/ No certificate chosen: log in to the token in VNSign."));
            return;
        }
        try {
            reply(connection, VgcaAnswers.certificate(chosen.get()));
        } catch (java.security.cert.CertificateEncodingException e) {
            reply(
                    connection,
                    VgcaAnswers.status(1, "Không đọc được chứng thư số. / The certificate cannot be encoded."));
        }
    }

    /** VerifyPDF: the document from an allowed address, verified offline, VNSign's verdict in VGCA's shape. */
    private void verify(WebSocket connection, String message) {
        URI document;
        try {
            JsonNode body = JSON.readTree(message);
            String name = body == null ? "" : body.path("FileName").asText("");
            document = BridgeServer.webAddress(name, "FileName");
            sources.check(connection.getAttachment(), document);
        } catch (IOException | IllegalArgumentException e) {
            reply(connection, answer(1, VgcaAnswers.BAD_REQUEST + e.getMessage(), "", ""));
            return;
        }
        String fileName = Downloads.lastSegment(document);
        desk.verify(document)
                .orTimeout(BridgeServer.DECISION_TIME.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((report, failure) -> reply(
                        connection,
                        failure == null
                                ? VgcaAnswers.verification(report, fileName)
                                : answer(
                                        1,
                                        "Không kiểm tra được tài liệu. / The document could not be verified.",
                                        fileName,
                                        "")));
    }

    /** Auth, SignMsg, SignHash: a digest signed after the user agreed in the window. */
    private void signDigest(WebSocket connection, String function, String message) {
        DigestRequest request;
        try {
            request = VgcaMessages.parse(connection.getAttachment(), function, message);
        } catch (IllegalArgumentException e) {
            reply(connection, VgcaAnswers.status(1, VgcaAnswers.BAD_REQUEST + e.getMessage()));
            return;
        }
        desk.signDigest(request)
                .orTimeout(BridgeServer.DECISION_TIME.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((signed, failure) -> reply(
                        connection,
                        failure == null
                                ? VgcaMessages.answer(signed)
                                : VgcaAnswers.status(1, VgcaAnswers.NO_DECISION)));
    }

    /** VerifyMsg: the signature checked here, its certificate judged by the desk as before signing. */
    private void verifyMessage(WebSocket connection, String message) {
        MessageSignatureCheck.Result checked;
        try {
            checked = MessageSignatureCheck.check(JSON.readTree(message));
        } catch (IOException | IllegalArgumentException e) {
            reply(connection, VgcaAnswers.status(1, VgcaAnswers.BAD_REQUEST + e.getMessage()));
            return;
        }
        if (!checked.intact()) {
            reply(connection, VgcaAnswers.messageVerdict(checked, Optional.empty()));
            return;
        }
        desk.judgeCertificate(checked.chain())
                .orTimeout(BridgeServer.DECISION_TIME.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete(
                        (problem, failure) -> reply(
                                connection,
                                VgcaAnswers.messageVerdict(
                                        checked,
                                        failure == null
                                                ? problem
                                                : Optional.of(
                                                        "Không kiểm tra được chứng thư số. / The certificate could not be judged."))));
    }

    /** SignFiles: every address checked before anything is shown; the page gets each file's outcome. */
    private void batch(WebSocket connection, String message) {
        BatchRequest batch;
        try {
            batch = VgcaBatch.parse(connection.getAttachment(), JSON.readTree(message));
            for (BatchRequest.File file : batch.files()) {
                sources.check(connection.getAttachment(), file.address());
            }
        } catch (IOException | IllegalArgumentException e) {
            reply(connection, answer(1, VgcaAnswers.BAD_REQUEST + e.getMessage(), "", ""));
            return;
        }
        desk.offerBatch(batch)
                .orTimeout(BridgeServer.DECISION_TIME.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((outcome, failure) -> reply(
                        connection,
                        failure == null ? VgcaBatch.answer(outcome) : answer(1, VgcaAnswers.NO_DECISION, "", "")));
    }

    private void document(WebSocket connection, SignatureKind action, String message) {
        BridgeRequest request;
        try {
            request = VgcaRequests.parse(connection.getAttachment(), action, JSON.readTree(message));
            if (!request.localFile()) {
                sources.check(connection.getAttachment(), request.document());
            }
        } catch (DocumentSources.Refused e) {
            LOG.info(
                    "VGCA mode refused a document address from {}: {}",
                    connection.<String>getAttachment(),
                    e.getMessage());
            reply(
                    connection,
                    answer(1, "Địa chỉ văn bản không được phép / Document not allowed: " + e.getMessage(), "", ""));
            return;
        } catch (IOException | IllegalArgumentException e) {
            reply(connection, answer(1, VgcaAnswers.BAD_REQUEST + e.getMessage(), "", ""));
            return;
        }
        String fileName = request.localFile() ? "" : Downloads.lastSegment(request.document());
        desk.offer(request)
                .orTimeout(BridgeServer.DECISION_TIME.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((outcome, failure) -> {
                    if (failure != null) {
                        reply(connection, answer(1, VgcaAnswers.NO_DECISION, fileName, ""));
                    } else if (outcome.status().equals(BridgeOutcome.BUSY)) {
                        reply(connection, answer(1, outcome.message(), "", ""));
                    } else if (outcome.status().equals(BridgeOutcome.SIGNED)) {
                        reply(
                                connection,
                                answer(
                                        0,
                                        outcome.message(),
                                        request.localFile() ? outcome.fileName() : fileName,
                                        outcome.fileServer()));
                    } else {
                        reply(connection, answer(1, outcome.message(), fileName, ""));
                    }
                });
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer message) {
        reply(connection, answer(1, VgcaAnswers.BAD_REQUEST + "VNSign expects a JSON text message", "", ""));
    }

    /** VGCA's answer to the page: {@code Status} an integer, 0 for success. */
    static ObjectNode answer(int status, String message, String fileName, String fileServer) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("Status", status);
        answer.put("Message", message);
        answer.put("FileName", fileName);
        answer.put("FileServer", fileServer);
        return answer;
    }

    private static void reply(WebSocket connection, ObjectNode answer) {
        if (connection.isOpen()) {
            connection.send(answer.toString());
            connection.close(CloseFrame.NORMAL);
        }
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket connection, Exception e) {
        LOG.warn("VGCA mode: {}", e.toString());
    }

    @Override
    public void onStart() {}

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
