/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.inbox;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.qlvb.Downloads;
import org.vnsign.app.qlvb.QlvbClient;
import org.vnsign.app.qlvb.QlvbDocument;
import org.vnsign.app.qlvb.QlvbException;
import org.vnsign.app.qlvb.Uploaders;
import org.vnsign.app.settings.DocumentServer;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.ui.BackgroundTasks;

/**
 * The documents waiting for the user, from two places: the QLVB server configured in the settings
 * (VNSign's REST contract; a document is downloaded when opened and its signed result returned to
 * the server), and the local-folder inbox, the embedded default for a single machine (PDFs dropped
 * into a folder; their signed copies go to the outbox folder, see {@code Settings.outputFolderFor}).
 * Originals are never touched. One place failing does not hide the other's documents.
 */
public final class InboxViewModel {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Supplier<Settings> settings;
    private final Uploaders http;
    private final Path downloads;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObservableList<InboxItem> items = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty configured = new SimpleBooleanProperty();

    /**
     * @param settings read at every refresh: the inbox folder and the QLVB server
     * @param http the HTTP clients (with the server's extra CA)
     * @param downloads where server documents are downloaded to when opened
     */
    public InboxViewModel(
            Supplier<Settings> settings, Uploaders http, Path downloads, BackgroundTasks tasks, Messages messages) {
        this.settings = settings;
        this.http = http;
        this.downloads = downloads;
        this.tasks = tasks;
        this.messages = messages;
    }

    public ObservableList<InboxItem> items() {
        return items;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Whether an inbox folder or a server is set; the panel is shown only then. */
    public BooleanProperty configuredProperty() {
        return configured;
    }

    /** Lists the server and the folder again. */
    public void refresh() {
        Settings current = settings.get();
        boolean any = current.server().configured() || !current.inboxFolder().isBlank();
        configured.set(any);
        if (!any) {
            items.clear();
            status.set(messages.get("inbox.notConfigured"));
            return;
        }
        tasks.run(
                () -> list(current),
                listing -> {
                    items.setAll(listing.items());
                    if (!listing.problems().isEmpty()) {
                        status.set(String.join("\n", listing.problems()));
                    } else {
                        status.set(listing.items().isEmpty() ? messages.get("inbox.nothing") : "");
                    }
                },
                failure -> status.set(failure.getMessage()));
    }

    /**
     * The file to open for {@code item}: the folder's file itself, or the server's document
     * downloaded (complete or not at all) to a folder of its own.
     */
    public void fetch(InboxItem item, Consumer<Path> then, Consumer<Exception> failed) {
        if (item.file().isPresent()) {
            then.accept(item.file().get());
            return;
        }
        QlvbDocument document = item.document().orElseThrow();
        DocumentServer server = settings.get().server();
        status.set(messages.get("inbox.downloading", document.title()));
        tasks.run(
                () -> {
                    Path folder =
                            Files.createDirectories(downloads.resolve(Downloads.safeName(document.id(), "document")));
                    return client(server)
                            .download(
                                    document, folder.resolve(Downloads.safeName(document.fileName(), "document.pdf")));
                },
                file -> {
                    status.set("");
                    then.accept(file);
                },
                failure -> {
                    status.set(messages.get("inbox.downloadFailed", document.title(), failure.getMessage()));
                    failed.accept(failure);
                });
    }

    private record Listing(List<InboxItem> items, List<String> problems) {}

    private Listing list(Settings current) {
        List<InboxItem> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        DocumentServer server = current.server();
        if (server.configured()) {
            try {
                for (QlvbDocument document : client(server).documents()) {
                    found.add(InboxItem.onServer(document, describe(document)));
                }
            } catch (QlvbException | IOException | IllegalArgumentException e) {
                problems.add(messages.get("inbox.serverUnreachable", server.apiUrl(), e.getMessage()));
            }
        }
        if (!current.inboxFolder().isBlank()) {
            try {
                found.addAll(folder(Path.of(current.inboxFolder())));
            } catch (IOException e) {
                problems.add(messages.get("inbox.unreadable", current.inboxFolder()));
            }
        }
        return new Listing(found, problems);
    }

    private QlvbClient client(DocumentServer server) throws IOException {
        return new QlvbClient(
                URI.create(server.apiUrl()), server.token(), http.timeout(), http.client(server.extraCaFile()));
    }

    private String describe(QlvbDocument document) {
        String action = Actions.signing(document.action())
                .map(known -> messages.get("action." + known.name()))
                .orElse(document.action());
        return document.documentNumber().isBlank() ? action : action + " · " + document.documentNumber();
    }

    private static List<InboxItem> folder(Path inbox) throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted(Comparator.comparing(InboxViewModel::modified).reversed())
                    .map(p -> InboxItem.inFolder(p, TIME.format(modified(p).toInstant())))
                    .toList();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
