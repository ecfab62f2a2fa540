/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.placement.Box;
import org.vnsign.app.placement.PlacementViewModel;
import org.vnsign.app.preview.PageCache;
import org.vnsign.app.preview.PageSize;
import org.vnsign.app.preview.PdfPages;
import org.vnsign.app.preview.PreviewViewModel;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.signatures.SignaturesViewModel;
import org.vnsign.app.ui.UserErrors;

/**
 * The document open in the window: opening it (asking for a password when it is encrypted),
 * showing its pages, verifying its signatures, remembering it among the recent files, and the
 * password it was opened with, wiped when another document opens or the window closes.
 */
final class OpenDocument {
    private static final Logger LOG = LoggerFactory.getLogger(OpenDocument.class);

    private final DesktopServices services;
    private final Messages messages;
    private final PageCache cache = new PageCache(PdfPages.CACHE_BYTES);
    private final PreviewViewModel preview;
    private final PlacementViewModel placement;
    private final SignaturesViewModel signatures;
    private final ObjectProperty<Settings> settings;
    private final BooleanProperty busy;
    private final StringProperty status;
    private final ObjectProperty<PdfPages> document = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("VNSign");
    private final ObjectProperty<Box> highlight = new SimpleObjectProperty<>();
    private final BooleanProperty revisionShown = new SimpleBooleanProperty();
    private char[] password;

    OpenDocument(
            DesktopServices services,
            PreviewViewModel preview,
            PlacementViewModel placement,
            SignaturesViewModel signatures,
            ObjectProperty<Settings> settings,
            BooleanProperty busy,
            StringProperty status) {
        this.services = services;
        this.messages = services.messages();
        this.preview = preview;
        this.placement = placement;
        this.signatures = signatures;
        this.settings = settings;
        this.busy = busy;
        this.status = status;
    }

    ObjectProperty<PdfPages> documentProperty() {
        return document;
    }

    StringProperty titleProperty() {
        return title;
    }

    ObjectProperty<Box> highlightProperty() {
        return highlight;
    }

    /**
     * Whether what is shown is an earlier signed revision extracted for reading: signing it would
     * save into a temporary folder and lose the later signatures, so signing is off while it shows.
     */
    BooleanProperty revisionShownProperty() {
        return revisionShown;
    }

    /** Opens an extracted signed revision, read-only: the Sign button stays off until another document opens. */
    void openRevision(Path file, Runnable then) {
        open(file, null, () -> {
            revisionShown.set(true);
            status.set(messages.get("revision.shown", file.getFileName().toString()));
            then.run();
        });
    }

    long cacheBytes() {
        return cache.usedBytes();
    }

    /** The password the open document needed, or null; the caller gets its own copy or uses it at once. */
    char[] password() {
        return password;
    }

    /** A copy of the password, for opening the signed result of this document. */
    char[] passwordCopy() {
        return password == null ? null : Arrays.copyOf(password, password.length);
    }

    /** @param then runs once the document is shown, e.g. placing the appearance or outlining a new signature */
    void open(Path file, char[] withPassword, Runnable then) {
        if (!Files.isRegularFile(file)) {
            services.dialogs().showError(UserErrors.message(messages, messages.get("open.missing", file.toString())));
            return;
        }
        busy.set(true);
        status.set(messages.get("open.reading", file.getFileName().toString()));
        services.tasks()
                .run(
                        () -> PdfPages.open(file, withPassword, cache),
                        pages -> {
                            show(pages, withPassword);
                            then.run();
                        },
                        failure -> {
                            busy.set(false);
                            status.set("");
                            if (failure instanceof PdfPages.PasswordNeeded) {
                                boolean wrong = withPassword != null;
                                if (wrong) {
                                    Arrays.fill(withPassword, '\0');
                                }
                                services.dialogs()
                                        .askPassword(file.getFileName().toString(), wrong)
                                        .ifPresent(typed -> open(file, typed, then));
                            } else {
                                services.dialogs()
                                        .showError(UserErrors.message(
                                                messages,
                                                messages.get(
                                                        "open.notPdf",
                                                        file.getFileName().toString())));
                            }
                        });
    }

    private void show(PdfPages pages, char[] withPassword) {
        PdfPages old = document.get();
        if (old != null) {
            old.close();
        }
        wipePassword();
        password = withPassword;
        highlight.set(null);
        revisionShown.set(false);
        List<PageSize> sizes = pages.sizes();
        placement.reset(page -> sizes.get(Math.max(1, Math.min(page, sizes.size())) - 1));
        preview.show(sizes);
        document.set(pages);
        busy.set(false);
        title.set("VNSign — " + pages.file().getFileName());
        status.set(messages.get("open.pages", String.valueOf(pages.pageCount())));
        remember(pages.file());
        signatures.verify(pages.file(), password, () -> {});
    }

    /** Re-verifies the open document, e.g. after the trust anchors changed. */
    void verifyAgain() {
        PdfPages pages = document.get();
        if (pages != null) {
            signatures.verify(pages.file(), password, () -> {});
        }
    }

    /** Closes the document and wipes its password. */
    void close() {
        PdfPages pages = document.get();
        if (pages != null) {
            pages.close();
        }
        wipePassword();
    }

    private void remember(Path file) {
        Settings updated = settings.get().withRecent(file.toAbsolutePath().toString());
        settings.set(updated);
        try {
            services.settings().save(updated);
        } catch (IOException e) {
            LOG.warn("Could not store the recent files list", e);
        }
    }

    private void wipePassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
