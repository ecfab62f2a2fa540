/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.inbox;

import java.nio.file.Path;

/** A document waiting in the inbox, as the list shows it. */
public record InboxItem(Path file, String name, String received) {
    @Override
    public String toString() {
        return name + " — " + received;
    }
}
