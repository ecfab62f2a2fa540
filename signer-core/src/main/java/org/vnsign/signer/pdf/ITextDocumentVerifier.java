/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pdf;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.online.Fingerprints;
import org.vnsign.signer.online.HttpFetcher;
import org.vnsign.signer.online.OnlineCache;
import org.vnsign.signer.online.RevocationFetcher;
import org.vnsign.signer.validation.CertificatePath;
import org.vnsign.signer.validation.CmsCheck;
import org.vnsign.signer.validation.CmsFacts;
import org.vnsign.signer.validation.Judgement;
import org.vnsign.signer.validation.Names;
import org.vnsign.signer.validation.RevocationPool;
import org.vnsign.signer.validation.SignatureJudge;
import org.vnsign.signer.validation.Summaries;
import org.vnsign.signer.verify.CertificateInfo;
import org.vnsign.signer.verify.Change;
import org.vnsign.signer.verify.ChangeKind;
import org.vnsign.signer.verify.DocumentVerifier;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.Reason;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.SubIndication;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;

/**
 * The verifier: reads every signature dictionary of the file with iText, checks each ByteRange,
 * hands the covered bytes and the file's validation data to the PKI checks, and compares what
 * each signature signed with what the file shows now. Documents are opened read-only; earlier
 * revisions are read in place from the same file.
 */
public final class ITextDocumentVerifier implements DocumentVerifier {
    private final Clock clock;
    private final NetworkSettings network;

    public ITextDocumentVerifier(Clock clock, NetworkSettings network) {
        this.clock = clock;
        this.network = network;
    }

    @Override
    public VerificationReport verify(VerifyRequest request) throws SignerException {
        Path file = request.file();
        ReaderProperties properties = new ReaderProperties();
        request.password().ifPresent(p -> properties.setPassword(new String(p).getBytes(StandardCharsets.UTF_8)));
        try (PdfDocument document = OpenedPdf.open(file, request.password())) {
            SignedFile signedFile = new SignedFile(file, Files.size(file), properties);
            return new Verification(request, document, signedFile).run();
        } catch (IOException e) {
            throw new SignerException(SignerError.FILE_ACCESS, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Path extractRevision(Path pdf, int index, Path output, boolean overwrite) throws SignerException {
        OutputFiles.requireWritable(pdf, output, overwrite);
        long end;
        try (PdfDocument document = OpenedPdf.open(pdf, Optional.empty())) {
            List<String> names = new SignatureUtil(document).getSignatureNames();
            if (index < 1 || index > names.size()) {
                throw new SignerException(
                        SignerError.NO_SUCH_SIGNATURE,
                        "the file has " + names.size() + " signatures; there is no number " + index);
            }
            SignatureEntry entry = SignatureEntry.read(
                    names.get(index - 1),
                    new SignatureUtil(document).getSignatureDictionary(names.get(index - 1)),
                    false,
                    new SignedFile(pdf, Files.size(pdf), new ReaderProperties()));
            if (!entry.usable()) {
                throw new SignerException(
                        SignerError.PDF_DAMAGED, entry.rangeProblem().get());
            }
            end = entry.end();
        } catch (IOException e) {
            throw new SignerException(SignerError.FILE_ACCESS, "cannot read " + pdf + ": " + e.getMessage(), e);
        }
        Path temporary = OutputFiles.temporaryFor(output);
        try (InputStream in = new SignedFile(pdf, end, new ReaderProperties()).prefix(end);
                OutputStream out = Files.newOutputStream(temporary)) {
            in.transferTo(out);
        } catch (IOException e) {
            OutputFiles.discard(temporary);
            throw new SignerException(SignerError.FILE_ACCESS, "cannot write " + output + ": " + e.getMessage(), e);
        }
        OutputFiles.publish(temporary, output, overwrite);
        return output;
    }

    /** One verification run over one open document. */
    private final class Verification {
        private final VerifyRequest request;
        private final PdfDocument document;
        private final SignedFile file;
        private final List<SignatureEntry> entries = new ArrayList<>();
        private final Map<Integer, PdfDocument> revisions = new HashMap<>();

        Verification(VerifyRequest request, PdfDocument document, SignedFile file) {
            this.request = request;
            this.document = document;
            this.file = file;
        }

        VerificationReport run() throws IOException {
            SignatureUtil util = new SignatureUtil(document);
            Optional<Integer> certification = certificationObject();
            for (String name : util.getSignatureNames()) {
                PdfDictionary dictionary = util.getSignatureDictionary(name);
                boolean certifies = certification.isPresent()
                        && dictionary.getIndirectReference() != null
                        && certification.get()
                                == dictionary.getIndirectReference().getObjNumber();
                entries.add(SignatureEntry.read(name, dictionary, certifies, file));
            }
            try {
                return report();
            } finally {
                revisions.values().forEach(PdfDocument::close);
            }
        }

        private VerificationReport report() throws IOException {
            DssContent dss = DssContent.read(document);
            List<X509Certificate> known = new ArrayList<>(dss.parsedCertificates());
            RevocationPool pool = new RevocationPool(dss.crls(), dss.ocsps());
            RevocationPool dssOnly = new RevocationPool(dss.crls(), dss.ocsps());
            List<CmsFacts> facts = new ArrayList<>();
            for (SignatureEntry entry : entries) {
                CmsFacts cms = cms(entry);
                facts.add(cms);
                pool.add(cms.crls(), cms.ocsps());
                known.addAll(cms.certificates());
            }
            SignatureJudge judge = new SignatureJudge(request.anchors(), known, pool, fetcher(), clock.instant());
            Judgement[] judgements = new Judgement[entries.size()];
            Optional<java.time.Instant> laterTimestamp = Optional.empty();
            for (int i = entries.size() - 1; i >= 0; i--) {
                SignatureEntry entry = entries.get(i);
                judgements[i] =
                        judge.judge(facts.get(i), entry.documentTimestamp(), laterTimestamp, entry.claimedTime());
                if (entry.documentTimestamp() && judgements[i].indication() == Indication.VALID) {
                    laterTimestamp = facts.get(i).timestampTime();
                }
            }
            List<SignatureReport> signatures = new ArrayList<>();
            List<SignatureReport> timestamps = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                SignatureReport report = report(i, facts.get(i), judgements, dssOnly);
                (entries.get(i).documentTimestamp() ? timestamps : signatures).add(report);
            }
            return new VerificationReport(request.file(), signatures, timestamps, Summaries.of(signatures, timestamps));
        }

        private SignatureReport report(int index, CmsFacts cms, Judgement[] judgements, RevocationPool dssOnly)
                throws IOException {
            SignatureEntry entry = entries.get(index);
            List<Change> changes = entry.usable() ? changes(index) : List.of();
            Judgement judgement = pageCountRule(judgements[index], changes);
            boolean covers = entry.usable() && file.onlyWhitespaceAfter(entry.end());
            return new SignatureReport(
                    index + 1,
                    entry.name(),
                    entry.type(),
                    judgement.indication(),
                    judgement.subIndication(),
                    judgement.reason(),
                    cms.signer().map(Names::commonName).orElse(""),
                    cms.signer().map(ITextDocumentVerifier::info),
                    judgement.signingTime(),
                    judgement.timeProven(),
                    level(index, judgement, judgements, dssOnly),
                    entry.usable() ? pages(index) : List.of(),
                    changes,
                    changes.stream().anyMatch(c -> !c.allowed()),
                    judgement.notes(),
                    covers);
        }

        /**
         * Pages added or removed after a signature make it INVALID (FORMAT_FAILURE), as EU DSS
         * judges it: the document no longer has the pages that were signed.
         */
        private Judgement pageCountRule(Judgement judgement, List<Change> changes) {
            boolean pagesChanged = changes.stream()
                    .anyMatch(c ->
                            !c.allowed() && (c.kind() == ChangeKind.PAGE_ADDED || c.kind() == ChangeKind.PAGE_REMOVED));
            if (!pagesChanged || judgement.indication() == Indication.INVALID) {
                return judgement;
            }
            return new Judgement(
                    Indication.INVALID,
                    Optional.of(SubIndication.FORMAT_FAILURE),
                    Reason.of("pagesChanged"),
                    judgement.signingTime(),
                    judgement.timeProven(),
                    judgement.proofOfExistence(),
                    judgement.path(),
                    judgement.notes());
        }

        private CmsFacts cms(SignatureEntry entry) {
            if (!entry.usable()) {
                return CmsFacts.failed(
                        SubIndication.FORMAT_FAILURE, entry.rangeProblem().get());
            }
            return entry.documentTimestamp()
                    ? CmsCheck.documentTimestamp(entry.contents(), file.covered(entry.range()))
                    : CmsCheck.signature(entry.contents(), file.covered(entry.range()));
        }

        /** What changed after signature {@code index}, judged by the rules in force after it. */
        private List<Change> changes(int index) throws IOException {
            SignatureEntry entry = entries.get(index);
            List<Change> changes = new ArrayList<>();
            PdfReader reader = document.getReader();
            boolean last = file.onlyWhitespaceAfter(entry.end());
            if (last) {
                return changes;
            }
            boolean laterRevision = entries.stream().skip(index + 1L).anyMatch(e -> e.usable())
                    || new SignatureUtil(document).getTotalRevisions() > revisionNumber(entry);
            if (!laterRevision) {
                changes.add(new Change(
                        ChangeKind.UNREADABLE_UPDATE, Optional.empty(), false, Reason.of("change.appended")));
            }
            PdfDocument signed;
            try {
                signed = revision(index);
            } catch (IOException | RuntimeException e) {
                changes.add(new Change(
                        ChangeKind.UNREADABLE_UPDATE, Optional.empty(), false, Reason.of("change.repaired")));
                return changes;
            }
            boolean readable = true;
            try {
                changes.addAll(RevisionComparison.compare(signed, document, rules(index), n -> signedLater(index, n)));
            } catch (RuntimeException e) {
                readable = false;
            }
            // iText repairs a broken cross-reference table when it first meets a bad offset, which
            // may be during the comparison: judge the structure after it.
            if (!readable || reader.hasRebuiltXref() || reader.hasFixedXref()) {
                changes.add(new Change(
                        ChangeKind.UNREADABLE_UPDATE, Optional.empty(), false, Reason.of("change.repaired")));
            }
            return changes;
        }

        private int revisionNumber(SignatureEntry entry) {
            return new SignatureUtil(document).getRevision(entry.name());
        }

        /** Whether object {@code number} is part of a revision a later signature covers. */
        private boolean signedLater(int index, int number) {
            for (int j = index + 1; j < entries.size(); j++) {
                if (!entries.get(j).usable() || entries.get(j).documentTimestamp()) {
                    continue;
                }
                try {
                    PdfDocument later = revision(j);
                    if (number < later.getNumberOfPdfObjects() && later.getPdfObject(number) != null) {
                        return true;
                    }
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            }
            return false;
        }

        /** DocMDP of the certification signature if it is this one or earlier; FieldMDP locks signed so far. */
        private ChangeRules rules(int index) {
            Optional<Integer> level = Optional.empty();
            Set<String> locked = new HashSet<>();
            boolean all = false;
            for (int i = 0; i <= index; i++) {
                SignatureEntry entry = entries.get(i);
                PdfArray references = entry.dictionary().getAsArray(PdfName.Reference);
                if (references == null) {
                    continue;
                }
                for (int r = 0; r < references.size(); r++) {
                    PdfDictionary reference = references.getAsDictionary(r);
                    PdfDictionary parameters =
                            reference == null ? null : reference.getAsDictionary(PdfName.TransformParams);
                    if (parameters == null) {
                        continue;
                    }
                    PdfName method = reference.getAsName(PdfName.TransformMethod);
                    if (PdfName.DocMDP.equals(method) && entry.type() == SignatureReport.Type.CERTIFICATION) {
                        PdfNumber p = parameters.getAsNumber(PdfName.P);
                        level = Optional.of(p == null ? 2 : p.intValue());
                    } else if (PdfName.FieldMDP.equals(method)) {
                        PdfName action = parameters.getAsName(PdfName.Action);
                        PdfArray fields = parameters.getAsArray(PdfName.Fields);
                        if (PdfName.All.equals(action)) {
                            all = true;
                        } else if (PdfName.Include.equals(action) && fields != null) {
                            for (int f = 0; f < fields.size(); f++) {
                                locked.add(fields.getAsString(f).toUnicodeString());
                            }
                        }
                    }
                }
            }
            return new ChangeRules(level, locked, all);
        }

        /** The pages its widget is on, and the pages its own revision drew on (initial marks). */
        private List<Integer> pages(int index) throws IOException {
            SignatureEntry entry = entries.get(index);
            Set<Integer> pages = new TreeSet<>(widgetPages(entry.name()));
            if (entry.documentTimestamp()) {
                return List.copyOf(pages);
            }
            Optional<Long> previousEnd = file.revisionEndBefore(entry.range()[1]);
            if (previousEnd.isPresent()) {
                try (PdfDocument before = file.revision(previousEnd.get())) {
                    pages.addAll(RevisionComparison.changedPages(before, revision(index)));
                } catch (IOException | RuntimeException e) {
                    // An unreadable earlier revision leaves only the widget's pages.
                }
            }
            return List.copyOf(pages);
        }

        private List<Integer> widgetPages(String name) {
            PdfDictionary field = new SignatureUtil(document).getSignatureFormFieldDictionary(name);
            List<PdfDictionary> widgets = new ArrayList<>();
            if (field == null) {
                return List.of();
            }
            if (PdfName.Widget.equals(field.getAsName(PdfName.Subtype))) {
                widgets.add(field);
            }
            PdfArray kids = field.getAsArray(PdfName.Kids);
            for (int i = 0; kids != null && i < kids.size(); i++) {
                if (kids.getAsDictionary(i) != null) {
                    widgets.add(kids.getAsDictionary(i));
                }
            }
            List<Integer> pages = new ArrayList<>();
            for (PdfDictionary widget : widgets) {
                PdfArray rect = widget.getAsArray(PdfName.Rect);
                if (rect == null
                        || rect.toRectangle().getWidth() == 0
                        || rect.toRectangle().getHeight() == 0) {
                    continue;
                }
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    PdfArray annotations = document.getPage(page).getPdfObject().getAsArray(PdfName.Annots);
                    if (annotations != null && contains(annotations, widget)) {
                        pages.add(page);
                    }
                }
            }
            return pages;
        }

        /** The level reached: B-T with a proven time, B-LT when the DSS proves the chain, B-LTA when a later document time-stamp covers that DSS. */
        private Optional<SignatureLevel> level(
                int index, Judgement judgement, Judgement[] judgements, RevocationPool dssOnly) {
            SignatureEntry entry = entries.get(index);
            if (entry.documentTimestamp()
                    || !PdfName.ETSI_CAdES_DETACHED.equals(entry.dictionary().getAsName(PdfName.SubFilter))) {
                return Optional.empty();
            }
            if (judgement.proofOfExistence().isEmpty()) {
                return Optional.of(SignatureLevel.B_B);
            }
            CertificatePath path = judgement.path();
            if (!path.trusted() || !dssOnly.covers(path)) {
                return Optional.of(SignatureLevel.B_T);
            }
            for (int j = index + 1; j < entries.size(); j++) {
                if (entries.get(j).documentTimestamp() && judgements[j].indication() == Indication.VALID) {
                    try {
                        DssContent covered = DssContent.read(revision(j));
                        if (new RevocationPool(covered.crls(), covered.ocsps()).covers(path)) {
                            return Optional.of(SignatureLevel.B_LTA);
                        }
                    } catch (IOException | RuntimeException e) {
                        // Unreadable: the time-stamp proves no archive level.
                    }
                }
            }
            return Optional.of(SignatureLevel.B_LT);
        }

        private PdfDocument revision(int index) throws IOException {
            PdfDocument open = revisions.get(index);
            if (open == null) {
                open = file.revision(entries.get(index).end());
                revisions.put(index, open);
            }
            return open;
        }

        private Optional<RevocationFetcher> fetcher() {
            NetworkSettings settings = request.online() ? network : network.asOffline();
            return Optional.of(
                    new RevocationFetcher(new HttpFetcher(settings), new OnlineCache(settings.cacheDirectory())));
        }

        private Optional<Integer> certificationObject() {
            PdfDictionary permissions = document.getCatalog().getPdfObject().getAsDictionary(PdfName.Perms);
            PdfObject docMdp = permissions == null ? null : permissions.get(PdfName.DocMDP, false);
            if (docMdp instanceof PdfIndirectReference reference) {
                return Optional.of(reference.getObjNumber());
            }
            return docMdp != null && docMdp.getIndirectReference() != null
                    ? Optional.of(docMdp.getIndirectReference().getObjNumber())
                    : Optional.empty();
        }
    }

    private static boolean contains(PdfArray annotations, PdfDictionary widget) {
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.getAsDictionary(i) == widget
                    || (widget.getIndirectReference() != null
                            && widget.getIndirectReference().equals(annotations.get(i, false)))) {
                return true;
            }
        }
        return false;
    }

    private static CertificateInfo info(X509Certificate certificate) {
        String sha256;
        try {
            sha256 = Fingerprints.sha256Hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            sha256 = "";
        }
        return new CertificateInfo(
                Names.commonName(certificate),
                certificate.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253),
                certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT),
                sha256,
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
    }
}
