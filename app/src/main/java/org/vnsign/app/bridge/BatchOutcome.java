/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.util.List;

/**
 * What a page is told about its batch: the whole (busy, refused, failed, or signed when every file
 * was) and each file's own outcome, in the page's order.
 */
public record BatchOutcome(BridgeOutcome whole, List<FileOutcome> files) {
    public BatchOutcome {
        files = List.copyOf(files);
    }

    /** One file's outcome, under the page's {@code FileID}. */
    public record FileOutcome(String id, String fileName, BridgeOutcome outcome) {}

    /** The batch as a whole was not signed (busy, refused, failed): no file has an outcome. */
    public static BatchOutcome whole(BridgeOutcome outcome) {
        return new BatchOutcome(outcome, List.of());
    }
}
