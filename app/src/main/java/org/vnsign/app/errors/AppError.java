/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.errors;

/**
 * Failures of the app's own work (the document system, the outbox, files, the unexpected), beside
 * the token's and signer-core's codes. The name is what "Copy details" shows support staff.
 */
public enum AppError {
    /** The document system did not give the document to sign. */
    QLVB_DOWNLOAD_FAILED(Category.NETWORK),
    /** A signed file could be neither uploaded nor kept in the outbox. */
    OUTBOX_NOT_QUEUED(Category.FILE),
    /** Another VNSign process is sending the outbox right now. */
    OUTBOX_BUSY(Category.BUSY),
    /** A file could not be read or written. */
    FILE_ACCESS(Category.FILE),
    /** A failure nobody foresaw: a bug to report, with the log. */
    UNEXPECTED(Category.INTERNAL);

    private final Category category;

    AppError(Category category) {
        this.category = category;
    }

    /** What kind of problem this is. */
    public Category category() {
        return category;
    }

    /** Kinds of app failures. */
    public enum Category {
        /** A server did not answer usefully; retry later. */
        NETWORK,
        /** A local file or folder is the problem. */
        FILE,
        /** Someone else holds what is needed; retry in a moment. */
        BUSY,
        /** A bug. */
        INTERNAL
    }
}
