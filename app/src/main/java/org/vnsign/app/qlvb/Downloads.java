/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Documents fetched from a document system or a web page's address: written aside and renamed, so
 * a file appears complete or not at all, and named safely whatever the server calls them.
 */
public final class Downloads {
    private Downloads() {}

    /** The server answered, but not with the document. */
    public static final class StatusException extends IOException {
        private static final long serialVersionUID = 1L;

        StatusException(int status) {
            super("HTTP " + status);
        }
    }

    /** The document arrived but could not be kept (disk full, no permission). */
    public static final class NotKeptException extends IOException {
        private static final long serialVersionUID = 1L;

        NotKeptException(IOException cause) {
            super("cannot keep the downloaded document: " + cause.getMessage(), cause);
        }
    }

    /**
     * Sends {@code request} and keeps the body as {@code target}; nothing is left behind when the
     * server answers an error or the connection breaks.
     *
     * @throws StatusException when the server answers other than 2xx
     * @throws NotKeptException when the file cannot be put in place
     */
    public static Path save(HttpClient client, HttpRequest request, Path target) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() / 100 != 2) {
                throw new StatusException(response.statusCode());
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new NotKeptException(e);
            }
            return target;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The last segment of {@code uri}'s path, maybe empty. */
    public static String lastSegment(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code name} as one safe path segment (no separators, no leading dot), or {@code fallback}. */
    public static String safeName(String name, String fallback) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceFirst("^\\.+", "_");
        return cleaned.isBlank() ? fallback : cleaned;
    }
}
