/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.StringProperty;
import org.vnsign.app.errors.AppError;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.inbox.Actions;
import org.vnsign.app.inbox.InboxViewModel;
import org.vnsign.app.outbox.OutboxViewModel;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.qlvb.QlvbDocument;
import org.vnsign.app.settings.DocumentServer;
import org.vnsign.app.tokens.TokensViewModel;
import org.vnsign.app.ui.DialogService;
import org.vnsign.app.ui.UserErrors;
import org.vnsign.signer.SignResult;
import org.vnsign.signer.SignatureKind;

/**
 * Documents that came from a QLVB server go back to it: which local file came from which server
 * document, and, once it is signed, the upload through the outbox (kept there when the server does
 * not answer) and what the status line says about it.
 */
final class ServerReturn {
    private final Messages messages;
    private final DialogService dialogs;
    private final OutboxViewModel outbox;
    private final InboxViewModel inbox;
    private final StringProperty status;
    /** Documents downloaded from the QLVB server, by their local file: their results go back there. */
    private final Map<Path, Returning> fromServer = new HashMap<>();

    /** A document from the QLVB server, and the server it goes back to. */
    private record Returning(QlvbDocument document, DocumentServer server) {}

    ServerReturn(
            Messages messages,
            DialogService dialogs,
            OutboxViewModel outbox,
            InboxViewModel inbox,
            StringProperty status) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.outbox = outbox;
        this.inbox = inbox;
        this.status = status;
    }

    /** {@code file} was downloaded for {@code document} of {@code server}: its signed result goes back there. */
    void expect(Path file, QlvbDocument document, DocumentServer server) {
        fromServer.put(key(file), new Returning(document, server));
    }

    /** Queues the result of a server document for its server, then uploads it; nothing if it came from elsewhere. */
    void signed(SignResult result, TokensViewModel.Chosen signer, SignatureKind action) {
        Returning returning = fromServer.get(key(result.plan().request().input()));
        if (returning == null) {
            return;
        }
        DocumentServer server = returning.server();
        Destination destination = Destination.vnsign(
                server.apiUrl(),
                server.token(),
                server.extraCa(),
                returning.document().id(),
                Actions.contract(action),
                signer.certificate().info().sha256Fingerprint(),
                Instant.now().toString());
        status.set(messages.get("upload.sending", result.output().getFileName().toString()));
        outbox.send(result.output(), destination, sent -> {
            switch (sent.outcome()) {
                case DELIVERED -> {
                    fromServer.remove(key(result.plan().request().input()));
                    status.set(
                            messages.get("upload.returned", returning.document().title()));
                    inbox.refresh();
                }
                case QUEUED -> status.set(messages.get("upload.kept", sent.message()));
                case NOT_QUEUED ->
                    dialogs.showError(UserErrors.explained(
                            messages,
                            messages.get("upload.notQueued", sent.message()).strip(),
                            AppError.OUTBOX_NOT_QUEUED,
                            sent.message()));
            }
        });
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
