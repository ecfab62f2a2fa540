/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.security.auth.x500.X500Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.document.DssContent;
import org.vnsign.signer.document.SignatureEntry;
import org.vnsign.signer.document.SignedFile;
import org.vnsign.signer.judging.CmsCheck;
import org.vnsign.signer.judging.CmsFacts;
import org.vnsign.signer.judging.Judgement;
import org.vnsign.signer.judging.SignatureJudge;
import org.vnsign.signer.judging.Summaries;
import org.vnsign.signer.online.Fingerprints;
import org.vnsign.signer.online.IssuerFinder;
import org.vnsign.signer.online.RevocationFetcher;
import org.vnsign.signer.pki.CertificatePath;
import org.vnsign.signer.pki.NameAttributes;
import org.vnsign.signer.pki.RevocationPool;
import org.vnsign.signer.revisions.LaterRevisions;
import org.vnsign.signer.revisions.RevisionComparison;
import org.vnsign.signer.verify.CertificateSummary;
import org.vnsign.signer.verify.Change;
import org.vnsign.signer.verify.ChangeKind;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.Reason;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.SubIndication;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.signer.verify.VerificationReport;

/**
 * One verification of one open document: reads its signature dictionaries once, works out what
 * changed after each, judges each with the PKI checks, and reports. Earlier revisions are opened
 * in place, once each, and closed at the end.
 */
final class FileVerification {
    private static final Logger LOG = LoggerFactory.getLogger(FileVerification.class);
    private final PdfDocument document;
    private final SignedFile file;
    private final SignatureUtil util;
    private final List<SignatureEntry> entries = new ArrayList<>();
    private final Map<Long, PdfDocument> revisions = new HashMap<>();
    private final Map<Long, RevocationPool> dssAt = new HashMap<>();

    private FileVerification(PdfDocument document, SignedFile file) {
        this.document = document;
        this.file = file;
        this.util = new SignatureUtil(document);
    }

    /**
     * What the judge weighs signatures against: the trust anchors, where revocation answers and
     * missing issuers come from (the cache, and the network when the request allows it), and "now".
     */
    record Judging(
            TrustAnchors anchors,
            Optional<RevocationFetcher> revocation,
            Optional<IssuerFinder> issuers,
            Instant now) {}

    /** Verifies every signature and time-stamp of {@code document}, read from {@code path}. */
    static VerificationReport verify(
            PdfDocument document, SignedFile file, Path path, Optional<char[]> password, Judging judging)
            throws IOException {
        FileVerification verification = new FileVerification(document, file);
        try {
            return verification.run(path, password, judging);
        } finally {
            verification.revisions.values().forEach(PdfDocument::close);
        }
    }

    private VerificationReport run(Path path, Optional<char[]> password, Judging judging) throws IOException {
        Optional<Integer> certification = certificationObject();
        for (String name : util.getSignatureNames()) {
            PdfDictionary dictionary = util.getSignatureDictionary(name);
            boolean certifies = certification.isPresent()
                    && dictionary.getIndirectReference() != null
                    && certification.get() == dictionary.getIndirectReference().getObjNumber();
            entries.add(SignatureEntry.read(name, dictionary, certifies, file));
        }
        LaterRevisions later = LaterRevisions.read(document, file, entries, this::revision, path, password);
        DssContent dss = DssContent.read(document);
        RevocationPool dssOnly = new RevocationPool(dss.crls(), dss.ocsps());
        List<X509Certificate> known = new ArrayList<>(dss.parsedCertificates());
        List<CmsFacts> facts = new ArrayList<>();
        List<byte[]> cmsCrls = new ArrayList<>();
        List<byte[]> cmsOcsps = new ArrayList<>();
        List<List<Change>> changes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CmsFacts cms = cms(entries.get(i), dss.parsedCertificates());
            facts.add(cms);
            cmsCrls.addAll(cms.crls());
            cmsOcsps.addAll(cms.ocsps());
            known.addAll(cms.certificates());
            changes.add(entries.get(i).usable() ? later.after(i) : List.of());
        }
        judging.issuers().ifPresent(finder -> completeChains(facts, known, finder));
        SignatureJudge judge = new SignatureJudge(
                judging.anchors(), known, dssOnly.with(cmsCrls, cmsOcsps), judging.revocation(), judging.now());
        Judgement[] judgements = new Judgement[entries.size()];
        Optional<Instant> laterTimestamp = Optional.empty();
        for (int i = entries.size() - 1; i >= 0; i--) {
            SignatureEntry entry = entries.get(i);
            try {
                judgements[i] = judge.judge(
                        facts.get(i),
                        entry.documentTimestamp(),
                        laterTimestamp,
                        entry.claimedTime(),
                        pagesProblem(changes.get(i)));
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                LOG.debug("Judging signature {} failed; it is a format failure", entry.name(), e);
                judgements[i] = judge.judge(
                        CmsFacts.failed(SubIndication.FORMAT_FAILURE, "the signature cannot be checked"),
                        entry.documentTimestamp(),
                        laterTimestamp,
                        entry.claimedTime(),
                        Optional.empty());
            }
            if (entry.documentTimestamp() && judgements[i].indication() == Indication.VALID) {
                laterTimestamp = facts.get(i).timestampTime();
            }
        }
        Map<Integer, Integer> widgetPages = widgetPages();
        List<SignatureReport> signatures = new ArrayList<>();
        List<SignatureReport> timestamps = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SignatureReport report = report(i, facts.get(i), judgements, changes.get(i), widgetPages, dssOnly);
            (entries.get(i).documentTimestamp() ? timestamps : signatures).add(report);
        }
        return new VerificationReport(path, signatures, timestamps, Summaries.of(signatures, timestamps));
    }

    private SignatureReport report(
            int index,
            CmsFacts cms,
            Judgement[] judgements,
            List<Change> changes,
            Map<Integer, Integer> widgetPages,
            RevocationPool dssOnly)
            throws IOException {
        SignatureEntry entry = entries.get(index);
        Judgement judgement = judgements[index];
        return new SignatureReport(
                index + 1,
                entry.name(),
                entry.type(),
                judgement.indication(),
                judgement.subIndication(),
                judgement.reason(),
                cms.signer().map(NameAttributes::commonName).orElse(""),
                cms.signer().map(FileVerification::info),
                judgement.signingTime(),
                judgement.timeProven(),
                level(index, judgement, judgements, dssOnly),
                entry.usable() ? pages(index, widgetPages) : List.of(),
                changes,
                judgement.notes(),
                entry.usable() && last(entry));
    }

    /**
     * Pages added or removed after a signature break its format, as EU DSS judges it: the document
     * no longer has the pages that were signed.
     */
    private static Optional<Reason> pagesProblem(List<Change> changes) {
        boolean pagesChanged = changes.stream()
                .anyMatch(c ->
                        !c.allowed() && (c.kind() == ChangeKind.PAGE_ADDED || c.kind() == ChangeKind.PAGE_REMOVED));
        return pagesChanged ? Optional.of(Reason.of("pagesChanged")) : Optional.empty();
    }

    /**
     * What the CMS says. Hostile input that makes the CMS reading fail in any way (an unexpected
     * type, nesting deep enough to exhaust the stack) is this signature's format failure, never the
     * whole file's crash.
     */
    private CmsFacts cms(SignatureEntry entry, List<X509Certificate> dssCertificates) {
        if (!entry.usable()) {
            return CmsFacts.failed(
                    SubIndication.FORMAT_FAILURE, entry.rangeProblem().get());
        }
        try {
            return entry.documentTimestamp()
                    ? CmsCheck.documentTimestamp(entry.contents(), file.covered(entry.range()))
                    : CmsCheck.signature(entry.contents(), file.covered(entry.range()), dssCertificates);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            LOG.debug("The CMS of signature {} cannot be read; it is a format failure", entry.name(), e);
            return CmsFacts.failed(SubIndication.FORMAT_FAILURE, "the signature container cannot be read");
        }
    }

    private boolean last(SignatureEntry entry) throws IOException {
        return file.onlyWhitespaceAfter(entry.end());
    }

    /**
     * Adds the issuers the file does not carry: from the cache, and online from each certificate's
     * AIA caIssuers URL (DSS does the same). A signature whose CMS holds only the signer's
     * certificate can then be traced to its root.
     */
    private static void completeChains(List<CmsFacts> facts, List<X509Certificate> known, IssuerFinder finder) {
        for (CmsFacts cms : facts) {
            Optional<X509Certificate> current = cms.signer();
            for (int depth = 0; current.isPresent() && depth < 10; depth++) {
                X509Certificate certificate = current.get();
                if (IssuerFinder.selfSigned(certificate)) {
                    break;
                }
                current = finder.issuerOf(certificate, known);
                current.filter(issuer -> !known.contains(issuer)).ifPresent(known::add);
            }
        }
    }

    /** The pages its widget is on, and the pages its own revision drew on (initial marks). */
    private List<Integer> pages(int index, Map<Integer, Integer> widgetPages) throws IOException {
        SignatureEntry entry = entries.get(index);
        Set<Integer> pages = new TreeSet<>();
        for (PdfDictionary widget : widgets(entry.name())) {
            PdfArray rect = widget.getAsArray(PdfName.Rect);
            boolean visible = rect != null
                    && rect.toRectangle().getWidth() != 0
                    && rect.toRectangle().getHeight() != 0;
            if (visible && widget.getIndirectReference() != null) {
                Integer page = widgetPages.get(widget.getIndirectReference().getObjNumber());
                if (page != null) {
                    pages.add(page);
                }
            }
        }
        if (entry.documentTimestamp()) {
            return List.copyOf(pages);
        }
        Optional<Long> previousEnd = file.revisionEndBefore(entry.range()[1]);
        if (previousEnd.isPresent()) {
            try {
                pages.addAll(RevisionComparison.changedPages(revision(previousEnd.get()), revision(entry.end())));
            } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
                // An unreadable earlier revision leaves only the widget's pages.
            }
        }
        return List.copyOf(pages);
    }

    private List<PdfDictionary> widgets(String name) {
        PdfDictionary field = util.getSignatureFormFieldDictionary(name);
        List<PdfDictionary> widgets = new ArrayList<>();
        if (field == null) {
            return widgets;
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
        return widgets;
    }

    /** Which page lists each annotation (by object number): the truth, whatever its /P says. One pass. */
    private Map<Integer, Integer> widgetPages() {
        Map<Integer, Integer> pages = new HashMap<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            PdfArray annotations = document.getPage(page).getPdfObject().getAsArray(PdfName.Annots);
            for (int i = 0; annotations != null && i < annotations.size(); i++) {
                if (annotations.get(i, false) instanceof PdfIndirectReference reference) {
                    pages.putIfAbsent(reference.getObjNumber(), page);
                }
            }
        }
        return pages;
    }

    /**
     * The level reached: B-T with a proven time, B-LT when the DSS proves the chain, B-LTA when a
     * later document time-stamp covers that DSS.
     */
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
            if (entries.get(j).documentTimestamp()
                    && judgements[j].indication() == Indication.VALID
                    && dssAt(entries.get(j).end())
                            .map(pool -> pool.covers(path))
                            .orElse(false)) {
                return Optional.of(SignatureLevel.B_LTA);
            }
        }
        return Optional.of(SignatureLevel.B_LT);
    }

    /** The revocation data of the DSS as it was at {@code end}, parsed once; empty if unreadable. */
    private Optional<RevocationPool> dssAt(long end) {
        try {
            if (!dssAt.containsKey(end)) {
                DssContent covered = DssContent.read(revision(end));
                dssAt.put(end, new RevocationPool(covered.crls(), covered.ocsps()));
            }
            return Optional.of(dssAt.get(end));
        } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
            return Optional.empty();
        }
    }

    /** The document as it was at {@code end} bytes, opened once. */
    private PdfDocument revision(long end) throws IOException {
        PdfDocument open = revisions.get(end);
        if (open == null) {
            open = file.revision(end);
            revisions.put(end, open);
        }
        return open;
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

    private static CertificateSummary info(X509Certificate certificate) {
        String sha256;
        try {
            sha256 = Fingerprints.sha256Hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            sha256 = "";
        }
        return new CertificateSummary(
                NameAttributes.commonName(certificate),
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                sha256,
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
    }
}
