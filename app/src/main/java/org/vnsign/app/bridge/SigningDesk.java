/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.util.concurrent.CompletableFuture;

/**
 * Where the bridge hands a request: the desktop, which downloads the document, shows it with the
 * request (origin, action) and waits for the user to sign or refuse. Nothing is signed without the
 * user; the future completes when the user has decided and the result was uploaded or queued.
 * One request at a time, whichever bridge it came through: while one is on its way to the user or
 * on screen, another completes at once with {@link BridgeOutcome#busy()}.
 */
public interface SigningDesk {
    CompletableFuture<BridgeOutcome> offer(BridgeRequest request);
}
