/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.longterm;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.TimestampDefaults;
import org.vnsign.signer.TimestampServer;
import org.vnsign.signer.document.FieldNames;
import org.vnsign.signer.online.ValidationData;

/**
 * The long-term steps around a new signature: before the key is asked, a time-stamping server
 * answers and (B-LT and up) the chain is not revoked; after it, the validation data goes into a DSS
 * revision (B-LT) and a document time-stamp over everything (B-LTA).
 */
public final class LongTermPipeline {
    private final LongTermStages stages;

    public LongTermPipeline(NetworkSettings network) {
        this.stages = new LongTermStages(network);
    }

    /** Fails fast when the level needs the network and the network is off. */
    public void requireReachable(SignatureLevel level) throws SignerException {
        stages.requireReachable(level);
    }

    /** Checks, before the PIN, that the level can be reached: the network is on and servers are configured. */
    public void requireServers(SigningRequest request, List<X509Certificate> chain) throws SignerException {
        SignatureLevel asked = request.level();
        if (asked.needsNetwork()) {
            stages.requireReachable(asked);
            LongTermStages.servers(request.timestampServers(), TimestampDefaults.forChain(chain), asked);
        }
    }

    /** Before the key is asked: the chain is not revoked (B-LT and up), a time-stamping server answers. */
    public TimestampSource prepareTimestamps(SigningPlan plan) throws SignerException {
        SignatureLevel asked = plan.request().level();
        stages.requireReachable(asked);
        List<X509Certificate> chain = plan.identity().chain();
        List<TimestampServer> servers =
                LongTermStages.servers(plan.request().timestampServers(), TimestampDefaults.forChain(chain), asked);
        if (asked.atLeast(SignatureLevel.B_LT)) {
            stages.requireNotRevoked(chain, asked);
        }
        return stages.timestampSource(servers, asked, Optional.empty());
    }

    /** The certificates and revocation data of the signer's chain and the time-stamp's, in a DSS revision. */
    public void addValidationData(
            SigningPlan plan, String fieldName, TimestampSource timestamps, Path signed, Path target)
            throws SignerException {
        SignatureLevel asked = plan.request().level();
        List<X509Certificate> start = new ArrayList<>(plan.identity().chain());
        start.addAll(LongTermStages.certificates(timestamps));
        Instant stampedAt = timestamps.stamp().orElseThrow().time();
        ValidationData data = stages.collect(
                start, List.of(), certificate -> false, stampedAt, asked, Optional.of(SignatureLevel.B_T));
        LongTermStages.requireNoneRevoked(data, asked, Optional.of(SignatureLevel.B_T));
        LongTermStages.writeDss(
                signed, target, plan.request().password(), List.of(new LongTermStages.FieldData(fieldName, data)));
    }

    /** The B-LTA document time-stamp over {@code last}, written to {@code target}. */
    public void archive(SigningPlan plan, TimestampSource timestamps, Path last, Path target) throws SignerException {
        LongTermStages.writeDocumentTimestamp(
                last,
                target,
                plan.request().password(),
                timestamps,
                FieldNames.TIMESTAMP,
                plan.request().level(),
                SignatureLevel.B_LT);
    }
}
