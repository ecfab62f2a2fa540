/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.ui.BackgroundTasks;

/**
 * The local-folder inbox, the embedded default for a single machine: PDFs dropped into a folder
 * wait there, newest first; opened in the viewer and signed, their signed copies go to the outbox
 * folder (see {@code Settings.outputFolderFor}). The originals are never touched.
 */
public final class InboxViewModel {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Supplier<String> folder;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObservableList<InboxItem> items = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty configured = new SimpleBooleanProperty();

    /** @param folder the inbox folder from the settings, read at every refresh; empty for none */
    public InboxViewModel(Supplier<String> folder, BackgroundTasks tasks, Messages messages) {
        this.folder = folder;
        this.tasks = tasks;
        this.messages = messages;
    }

    public ObservableList<InboxItem> items() {
        return items;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Whether an inbox folder is set; the panel is shown only then. */
    public BooleanProperty configuredProperty() {
        return configured;
    }

    /** Lists the folder again. */
    public void refresh() {
        String path = folder.get();
        configured.set(!path.isBlank());
        if (path.isBlank()) {
            items.clear();
            status.set(messages.get("inbox.notConfigured"));
            return;
        }
        Path inbox = Path.of(path);
        tasks.run(
                () -> list(inbox),
                found -> {
                    items.setAll(found);
                    status.set(found.isEmpty() ? messages.get("inbox.empty", path) : "");
                },
                failure -> {
                    items.clear();
                    status.set(messages.get("inbox.unreadable", path));
                });
    }

    private static List<InboxItem> list(Path inbox) throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted(Comparator.comparing(InboxViewModel::modified).reversed())
                    .map(p -> new InboxItem(
                            p,
                            p.getFileName().toString(),
                            TIME.format(modified(p).toInstant())))
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
