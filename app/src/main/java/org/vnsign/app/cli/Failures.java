/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import org.vnsign.app.errors.ErrorTexts;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.LevelNotReachedException;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;

/** How a file's failure reads to the user, and which exit code it earns. */
final class Failures {
    private Failures() {}

    /**
     * The localised explanation; for a level not reached, followed by the level reached and each
     * server's own reason (URLs and technical causes are not translated).
     */
    static String message(Messages messages, SignerException error) {
        return ErrorTexts.text(messages, error, ErrorTexts.Surface.CLI);
    }

    /** The level reached in memory before the failure, for JSON; null when not a level failure. */
    static String reached(SignerException error) {
        if (error instanceof LevelNotReachedException notReached) {
            return notReached.reached().map(SignatureLevel::label).orElse("none");
        }
        return null;
    }

    /** The exit code of a batch: 0, 7 when only servers failed (retry later), else 6. */
    static final class Tally {
        private boolean anyFailed;
        private boolean onlyNetworkFailed = true;

        void failed(SignerException error) {
            anyFailed = true;
            onlyNetworkFailed &= error.error().category() == SignerError.Category.NETWORK;
        }

        /** A server failed, e.g. an upload that stays in the outbox: retry later. */
        void serverFailed() {
            anyFailed = true;
        }

        int exitCode() {
            if (!anyFailed) {
                return ExitCodes.OK;
            }
            return onlyNetworkFailed ? ExitCodes.NETWORK : ExitCodes.DOCUMENT;
        }
    }
}
