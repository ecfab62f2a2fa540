/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Returns a signed result on VNSign's REST contract ({@code docs/qlvb-api.yaml}): the file with the
 * action, the signer's fingerprint, the signing time and the entry's idempotency key, so a retry
 * after a lost answer gets the first receipt and stores nothing twice.
 */
final class VnsignUploader implements Uploader {
    private final HttpClient client;
    private final Duration timeout;

    VnsignUploader(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public UploadResult upload(Upload entry, Path file) {
        Destination destination = entry.destination();
        QlvbClient server;
        Instant signingTime;
        try {
            server = new QlvbClient(URI.create(destination.url()), destination.token(), timeout, client);
            signingTime = Instant.parse(destination.signingTime());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return UploadResult.failed("not a complete destination: " + e.getMessage());
        }
        QlvbDocument document =
                new QlvbDocument(destination.documentId(), "", destination.action(), entry.fileName(), "");
        try {
            String stored = server.uploadSigned(
                    document, file, destination.signerFingerprint(), signingTime, entry.idempotencyKey());
            return new UploadResult(true, "", stored);
        } catch (QlvbException e) {
            return UploadResult.failed(e.getMessage());
        }
    }
}
