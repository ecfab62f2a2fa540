/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.longterm;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.vnsign.signer.TimestampServer;
import org.vnsign.signer.online.TimestampClient;

/**
 * iText's time-stamp hook over {@link TimestampClient}: reserves room for the token size measured
 * on the servers (plus the unsigned-attribute wrapping), and keeps the stamp it got so the long-term
 * stage can add the TSA's chain and status.
 */
public final class TimestampSource implements com.itextpdf.signatures.ITSAClient {
    /** The SignerInfo's unsignedAttrs, Attribute and SET headers around the token, with room to spare. */
    static final int WRAPPING = 64;

    private final TimestampClient client;
    private final List<TimestampServer> servers;
    private final int tokenSize;
    private TimestampClient.Stamp last;
    private TimestampClient.TimestampException failure;

    TimestampSource(TimestampClient client, List<TimestampServer> servers, int tokenSize) {
        this.client = client;
        this.servers = servers;
        this.tokenSize = tokenSize;
    }

    @Override
    public int getTokenSizeEstimate() {
        return tokenSize + WRAPPING;
    }

    @Override
    public MessageDigest getMessageDigest() throws GeneralSecurityException {
        return TimestampClient.imprintDigest();
    }

    @Override
    public byte[] getTimeStampToken(byte[] imprint) throws TimestampClient.TimestampException {
        try {
            last = client.stamp(servers, imprint);
            return last.encoded();
        } catch (TimestampClient.TimestampException e) {
            failure = e;
            throw e;
        }
    }

    public Optional<TimestampClient.Stamp> stamp() {
        return Optional.ofNullable(last);
    }

    /** The servers' failure if the last request failed: iText wraps it, this keeps it. */
    public Optional<TimestampClient.TimestampException> failure() {
        return Optional.ofNullable(failure);
    }
}
