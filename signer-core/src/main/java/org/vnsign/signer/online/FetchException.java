/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.net.URI;

/** One server did not give a usable answer; the message says which and why, for the user. */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean offline;

    public FetchException(URI url, String reason) {
        super(url + ": " + reason);
        this.offline = false;
    }

    private FetchException(URI url) {
        super(url + ": offline: the network is switched off");
        this.offline = true;
    }

    /** Not asked at all: the user switched the network off, so there is nothing to warn about. */
    static FetchException offline(URI url) {
        return new FetchException(url);
    }

    public boolean isOffline() {
        return offline;
    }

    public FetchException(URI url, String reason, Throwable cause) {
        super(url + ": " + reason, cause);
        this.offline = false;
    }
}
