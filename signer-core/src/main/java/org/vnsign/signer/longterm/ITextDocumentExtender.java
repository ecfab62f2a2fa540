/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.longterm;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.DocumentExtender;
import org.vnsign.signer.ExtendRequest;
import org.vnsign.signer.ExtendResult;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.TimestampDefaults;
import org.vnsign.signer.TimestampServer;
import org.vnsign.signer.document.CertificationRules;
import org.vnsign.signer.document.FieldNames;
import org.vnsign.signer.document.FileSignatures;
import org.vnsign.signer.document.OcspResponses;
import org.vnsign.signer.document.OpenedPdf;
import org.vnsign.signer.online.ValidationData;

/**
 * Extends the signatures in a file the way ETSI EN 319 142-1 allows after the fact: a signature
 * without a time-stamp gets a document time-stamp (which stands for its signature time-stamp),
 * every signature and time-stamp gets the certificates and revocation data the DSS lacks, and for
 * B-LTA a document time-stamp covers it all. Each step is an incremental update.
 */
public final class ITextDocumentExtender implements DocumentExtender {
    private static final Logger LOG = LoggerFactory.getLogger(ITextDocumentExtender.class);

    private final LongTermStages stages;

    public ITextDocumentExtender(NetworkSettings network) {
        this.stages = new LongTermStages(network);
    }

    @Override
    public ExtendResult extend(ExtendRequest request) throws SignerException {
        OutputFiles.requireWritable(request.input(), request.output(), request.overwrite());
        stages.requireReachable(request.level());
        FileSignatures before = readExtendable(request.input(), request.password());
        List<String> names =
                before.entries().stream().map(FileSignatures.Entry::name).toList();
        List<Path> temporaries = new ArrayList<>();
        try {
            Run run = new Run(request, before, temporaries);
            Path last = run.extend();
            OutputFiles.publish(last, request.output(), request.overwrite());
            LOG.info("extended {} to {} as {}: {}", request.input(), request.level(), request.output(), run.added);
            return new ExtendResult(request.output(), request.level(), names, run.added);
        } finally {
            temporaries.forEach(OutputFiles::discard);
        }
    }

    /** The file's signatures, refusing a file without any or one whose certification forbids changes. */
    private static FileSignatures readExtendable(Path input, Optional<char[]> password) throws SignerException {
        FileSignatures signatures = read(input, password, CertificationRules::requireSignable);
        if (signatures.entries().isEmpty()) {
            throw new SignerException(SignerError.NOTHING_TO_EXTEND, "the file has no signature: " + input);
        }
        return signatures;
    }

    /** A check on the opened document before its signatures are read. */
    @FunctionalInterface
    private interface DocumentCheck {
        void check(PdfDocument document) throws SignerException;
    }

    private static FileSignatures read(Path file, Optional<char[]> password, DocumentCheck check)
            throws SignerException {
        try (PdfDocument document = OpenedPdf.read(file, password)) {
            check.check(document);
            return FileSignatures.read(document);
        } catch (ITextException e) {
            throw new SignerException(SignerError.PDF_DAMAGED, "cannot read the signatures of " + file, e);
        }
    }

    /** One extension: the revisions written so far and what they added. */
    private final class Run {
        private final ExtendRequest request;
        private final FileSignatures before;
        private final List<Path> temporaries;
        private final List<String> added = new ArrayList<>();
        private Path current;
        private Optional<SignatureLevel> reached;
        private TimestampSource timestamps;

        Run(ExtendRequest request, FileSignatures before, List<Path> temporaries) {
            this.request = request;
            this.before = before;
            this.temporaries = temporaries;
            this.current = request.input();
            this.reached = before.allTimestamped() ? Optional.of(SignatureLevel.B_T) : Optional.of(SignatureLevel.B_B);
        }

        Path extend() throws SignerException {
            if (!before.allTimestamped()) {
                documentTimestamp();
                reached = Optional.of(SignatureLevel.B_T);
            }
            validationData();
            reached = Optional.of(SignatureLevel.B_LT);
            if (request.level() == SignatureLevel.B_LTA) {
                documentTimestamp();
            }
            if (current.equals(request.input())) {
                Path copy = next();
                try {
                    Files.copy(request.input(), copy);
                } catch (IOException e) {
                    throw new SignerException(SignerError.FILE_ACCESS, "cannot copy " + request.input(), e);
                }
                return copy;
            }
            return current;
        }

        private void documentTimestamp() throws SignerException {
            if (timestamps == null) {
                timestamps = stages.timestampSource(servers(), request.level(), reached);
            }
            Path target = next();
            LongTermStages.writeDocumentTimestamp(
                    current,
                    target,
                    request.password(),
                    timestamps,
                    FieldNames.TIMESTAMP,
                    request.level(),
                    reached.orElse(SignatureLevel.B_B));
            current = target;
            added.add("document time-stamp");
        }

        private void validationData() throws SignerException {
            FileSignatures now =
                    current.equals(request.input()) ? before : read(current, request.password(), document -> {});
            List<X509Certificate> known = new ArrayList<>(now.dssCertificates());
            now.entries().forEach(entry -> known.addAll(entry.certificates()));
            Instant notBefore = now.newestTime().orElse(Instant.EPOCH);
            List<LongTermStages.FieldData> fields = new ArrayList<>();
            boolean anythingNew = false;
            for (FileSignatures.Entry entry : now.entries()) {
                Instant at = entry.time().orElse(notBefore);
                ValidationData data = stages.collect(
                        entry.certificates(),
                        known,
                        certificate -> now.covers(certificate, at),
                        at,
                        request.level(),
                        reached);
                data.revoked()
                        .forEach(revoked -> LOG.warn(
                                "{}: {} is revoked since {}",
                                entry.name(),
                                revoked.certificate().getSubjectX500Principal(),
                                revoked.since()));
                anythingNew |= data.encodedCertificates().stream().anyMatch(item -> !now.holds(item))
                        || data.ocsps().stream().anyMatch(item -> !now.holds(OcspResponses.wrap(item)))
                        || data.crls().stream().anyMatch(item -> !now.holds(item));
                fields.add(new LongTermStages.FieldData(entry.name(), data));
            }
            if (!anythingNew) {
                return;
            }
            Path target = next();
            LongTermStages.writeDss(current, target, request.password(), fields);
            current = target;
            added.add("validation data");
        }

        private List<TimestampServer> servers() throws SignerException {
            Set<X509Certificate> all = new LinkedHashSet<>();
            before.entries().forEach(entry -> all.addAll(entry.certificates()));
            return LongTermStages.servers(
                    request.timestampServers(), TimestampDefaults.forChain(List.copyOf(all)), request.level());
        }

        private Path next() {
            Path path = OutputFiles.temporaryFor(request.output());
            temporaries.add(path);
            return path;
        }
    }
}
