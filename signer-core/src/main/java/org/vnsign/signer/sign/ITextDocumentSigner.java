/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.DocumentSigner;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.SignResult;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignatureValueSource;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SignerIdentity;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.longterm.LongTermPipeline;
import org.vnsign.signer.longterm.TimestampSource;

/**
 * The three steps of {@link DocumentSigner} in order, each handed to the class that does it:
 * {@link SigningChecks} (document only, before a token is opened), {@link SignaturePlanner} (the
 * layout a user confirms, before the PIN), then {@link IncrementalSigner} for the signed revision
 * and {@link LongTermPipeline} for the time-stamp, DSS and archive time-stamp revisions. Every
 * step writes to a temporary file; only the finished file is moved to the output.
 */
public final class ITextDocumentSigner implements DocumentSigner {
    private static final Logger LOG = LoggerFactory.getLogger(ITextDocumentSigner.class);

    private final Clock clock;
    private final LongTermPipeline longTerm;
    private final IncrementalSigner incremental;

    public ITextDocumentSigner(Clock clock, NetworkSettings network) {
        this.clock = clock;
        this.longTerm = new LongTermPipeline(network);
        this.incremental = new IncrementalSigner(clock);
    }

    @Override
    public void check(SigningRequest request) throws SignerException {
        longTerm.requireReachable(request.level());
        SigningChecks.requireSignable(request);
    }

    @Override
    public SigningPlan plan(SigningRequest request, SignerIdentity identity) throws SignerException {
        if (!identity.mechanism().fits(identity.signer().getPublicKey())) {
            throw new SignerException(
                    SignerError.KEY_UNSUPPORTED,
                    identity.mechanism() + " does not fit a "
                            + identity.signer().getPublicKey().getAlgorithm() + " key");
        }
        longTerm.requireServers(request, identity.chain());
        try (PdfDocument document = SigningChecks.openChecked(request)) {
            return new SignaturePlanner(request, identity, document, ZonedDateTime.now(clock)).plan();
        } catch (ITextException e) {
            throw new SignerException(SignerError.PDF_DAMAGED, "cannot lay out the signature on " + request.input(), e);
        }
    }

    @Override
    public SignResult sign(SigningPlan plan, SignatureValueSource source) throws SignerException {
        SigningRequest request = plan.request();
        OutputFiles.requireWritable(request.input(), request.output(), request.overwrite());
        SignatureLevel asked = request.level();
        List<Path> temporaries = new ArrayList<>();
        try {
            Optional<TimestampSource> timestamps = Optional.empty();
            if (asked.needsNetwork()) {
                timestamps = Optional.of(longTerm.prepareTimestamps(plan));
            }
            Path signed = temporary(request, temporaries);
            SignResult result = incremental.sign(plan, source, signed, timestamps);
            Path last = signed;
            if (asked.atLeast(SignatureLevel.B_LT)) {
                last = temporary(request, temporaries);
                longTerm.addValidationData(plan, result.fieldName(), timestamps.orElseThrow(), signed, last);
            }
            if (asked == SignatureLevel.B_LTA) {
                Path archived = temporary(request, temporaries);
                longTerm.archive(plan, timestamps.orElseThrow(), last, archived);
                last = archived;
            }
            OutputFiles.publish(last, request.output(), request.overwrite());
            LOG.info("signed {} as {} ({}, {})", request.input(), request.output(), result.fieldName(), asked);
            return result;
        } finally {
            temporaries.forEach(OutputFiles::discard);
        }
    }

    private static Path temporary(SigningRequest request, List<Path> temporaries) {
        Path path = OutputFiles.temporaryFor(request.output());
        temporaries.add(path);
        return path;
    }
}
