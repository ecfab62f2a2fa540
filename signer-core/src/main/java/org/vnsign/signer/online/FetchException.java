/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.net.URI;

/** One server did not give a usable answer; the message says which and why, for the user. */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(URI url, String reason) {
        super(url + ": " + reason);
    }

    public FetchException(URI url, String reason, Throwable cause) {
        super(url + ": " + reason, cause);
    }
}
