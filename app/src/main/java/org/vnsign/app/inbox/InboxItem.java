/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.inbox;

import java.nio.file.Path;
import java.util.Optional;
import org.vnsign.app.qlvb.QlvbDocument;

/**
 * A document waiting in the inbox, as the list shows it: a file in the local inbox folder, or a
 * document the QLVB server says waits for this user (downloaded when opened).
 *
 * @param name the file name or the document's title
 * @param detail when it arrived (folder), or what the server asks and the document number
 * @param file the file in the inbox folder; empty for a server document
 * @param document the server's document; empty for a file in the folder
 */
public record InboxItem(String name, String detail, Optional<Path> file, Optional<QlvbDocument> document) {
    static InboxItem inFolder(Path file, String received) {
        return new InboxItem(file.getFileName().toString(), received, Optional.of(file), Optional.empty());
    }

    static InboxItem onServer(QlvbDocument document, String detail) {
        return new InboxItem(document.title(), detail, Optional.empty(), Optional.of(document));
    }

    @Override
    public String toString() {
        return name + " — " + detail;
    }
}
