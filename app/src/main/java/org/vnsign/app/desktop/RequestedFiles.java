/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.bridge.BridgeRequest;
import org.vnsign.app.bridge.PageCredentials;
import org.vnsign.app.qlvb.Downloads;

/**
 * The files web pages ask VNSign to sign, in VNSign's scratch folder: downloaded from the page's
 * address (with its credentials where they may go), or copied from the file the user picked, and
 * removed once their requests ended. Only PDFs are kept.
 */
final class RequestedFiles {
    private static final Logger LOG = LoggerFactory.getLogger(RequestedFiles.class);

    private final DesktopServices services;

    RequestedFiles(DesktopServices services) {
        this.services = services;
    }

    /**
     * VGCA's {@code FileName: ""}: the user picks the document on this computer (the consent banner
     * still names the page that asked). A copy is signed, so the user's own file is never touched
     * and nothing outside VNSign's scratch folder is written; the page learns only the file's name.
     */
    Path pickLocal(Path folder) throws IOException {
        Path chosen = services.dialogs().chooseDocument().orElseThrow(NoFileChosen::new);
        if (!looksLikePdf(chosen)) {
            throw new NotAPdf(chosen.toUri());
        }
        Files.createDirectories(folder);
        String name = Downloads.safeName(chosen.getFileName().toString(), "van-ban");
        Path copy = folder.resolve(name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf");
        return Files.copy(chosen, copy);
    }

    /**
     * Downloads what a page named, with the page's cookie and bearer token when {@code request}
     * carries them and the address is the page's own origin or its upload handler's.
     */
    Path download(URI document, Path folder, BridgeRequest request) throws IOException {
        Files.createDirectories(folder);
        String name = Downloads.safeName(Downloads.lastSegment(document), "van-ban");
        Path file = folder.resolve(name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf");
        HttpRequest.Builder get = HttpRequest.newBuilder(document)
                .timeout(services.uploaders().timeout())
                .GET();
        if (request != null && request.credentialsMayGoTo(document)) {
            PageCredentials credentials = request.credentials();
            if (!credentials.cookieHeader().isEmpty()) {
                get.header("Cookie", credentials.cookieHeader());
            }
            if (!credentials.authorizationHeader().isEmpty()) {
                get.header("Authorization", credentials.authorizationHeader());
            }
        }
        Path saved = Downloads.save(services.uploaders().client(Optional.empty()), get.build(), file);
        if (!looksLikePdf(saved)) {
            throw new NotAPdf(document);
        }
        return saved;
    }

    Path folders() {
        return services.scratch().resolve("bridge");
    }

    /**
     * Removes what was downloaded for web pages and signed from it, once their requests ended:
     * everything but {@code keep}, the file still on screen (it goes when the user opens another
     * one, or with the next request, or when VNSign closes or starts again).
     */
    void removeDownloads(Path keep) {
        Path folder = folders();
        if (!Files.exists(folder)) {
            return;
        }
        Path kept = keep == null ? null : keep.toAbsolutePath().normalize();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                Path absolute = path.toAbsolutePath().normalize();
                if (kept != null && (kept.equals(absolute) || kept.startsWith(absolute))) {
                    return;
                }
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.debug("Could not remove {} now; it goes at the next start", path, e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Could not remove {} now; it goes at the next start", folder, e);
        }
    }

    /** A PDF starts with "%PDF-" within its first kilobyte (ISO 32000 allows bytes before it). */
    private static boolean looksLikePdf(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.contains("%PDF-");
        }
    }

    /** The user closed the file chooser a page's {@code FileName: ""} opened. */
    static final class NoFileChosen extends IOException {
        private static final long serialVersionUID = 1L;

        NoFileChosen() {
            super("no file chosen");
        }
    }

    /** What a page asked to sign is not a PDF (VGCA's SignFile can name any file): answered at once. */
    static final class NotAPdf extends IOException {
        private static final long serialVersionUID = 1L;

        NotAPdf(URI document) {
            super("not a PDF: " + document);
        }
    }
}
