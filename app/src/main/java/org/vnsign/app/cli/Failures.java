/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.util.Set;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.LevelNotReachedException;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;

/** How a file's failure reads to the user, and which exit code it earns. */
final class Failures {
    /** Failures of a server, not of the document: worth retrying later. */
    private static final Set<SignerError> NETWORK =
            Set.of(SignerError.TIMESTAMP_FAILED, SignerError.REVOCATION_UNAVAILABLE, SignerError.CHAIN_INCOMPLETE);

    private Failures() {}

    /**
     * The localised explanation; for a level not reached, followed by the level reached and each
     * server's own reason (URLs and technical causes are not translated).
     */
    static String message(Messages messages, SignerException error) {
        String text = messages.get("signer." + error.error().name());
        if (error instanceof LevelNotReachedException notReached) {
            return text + " "
                    + messages.get(
                            "lt.reached",
                            notReached.asked().label(),
                            notReached.reached().map(SignatureLevel::label).orElse("-"),
                            notReached.getMessage());
        }
        return text;
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
            onlyNetworkFailed &= NETWORK.contains(error.error());
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
