/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.document.DssContent;
import org.vnsign.signer.document.SignatureEntry;
import org.vnsign.signer.document.SignedFile;
import org.vnsign.signer.judging.CmsCheck;
import org.vnsign.signer.judging.CmsFacts;
import org.vnsign.signer.judging.Judgement;
import org.vnsign.signer.judging.SignatureJudge;
import org.vnsign.signer.judging.Summaries;
import org.vnsign.signer.online.IssuerFinder;
import org.vnsign.signer.online.RevocationFetcher;
import org.vnsign.signer.pki.NameAttributes;
import org.vnsign.signer.pki.RevocationPool;
import org.vnsign.signer.revisions.LaterRevisions;
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
    private final OpenRevisions revisions;

    private FileVerification(PdfDocument document, SignedFile file, OpenRevisions revisions) {
        this.document = document;
        this.file = file;
        this.util = new SignatureUtil(document);
        this.revisions = revisions;
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
        try (OpenRevisions revisions = new OpenRevisions(file)) {
            return new FileVerification(document, file, revisions).run(path, password, judging);
        }
    }

    private VerificationReport run(Path path, Optional<char[]> password, Judging judging) throws IOException {
        List<SignatureEntry> entries = entries();
        LaterRevisions later = LaterRevisions.read(document, file, entries, revisions::at, path, password);
        DssContent dss = DssContent.read(document);
        RevocationPool dssOnly = new RevocationPool(dss.crls(), dss.ocsps());
        List<X509Certificate> known = new ArrayList<>(dss.parsedCertificates());
        List<byte[]> cmsCrls = new ArrayList<>();
        List<byte[]> cmsOcsps = new ArrayList<>();
        List<ReadSignature> read = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SignatureEntry entry = entries.get(i);
            CmsFacts cms = cms(entry, dss.parsedCertificates());
            cmsCrls.addAll(cms.crls());
            cmsOcsps.addAll(cms.ocsps());
            known.addAll(cms.certificates());
            read.add(new ReadSignature(i + 1, entry, cms, entry.usable() ? later.after(i) : List.of()));
        }
        judging.issuers().ifPresent(finder -> completeChains(read, known, finder));
        SignatureJudge judge = new SignatureJudge(
                judging.anchors(), known, dssOnly.with(cmsCrls, cmsOcsps), judging.revocation(), judging.now());
        List<ReadSignature.Judged> judged = judgeLastFirst(read, judge);
        SignaturePages pages = new SignaturePages(document, util, file, revisions);
        List<SignatureReport> signatures = new ArrayList<>();
        List<SignatureReport> timestamps = new ArrayList<>();
        for (ReadSignature.Judged signature : judged) {
            SignatureReport report = report(signature, judged, pages, dssOnly);
            (signature.entry().documentTimestamp() ? timestamps : signatures).add(report);
        }
        return new VerificationReport(path, signatures, timestamps, Summaries.of(signatures, timestamps));
    }

    private List<SignatureEntry> entries() throws IOException {
        Optional<Integer> certification = certificationObject();
        List<SignatureEntry> entries = new ArrayList<>();
        for (String name : util.getSignatureNames()) {
            PdfDictionary dictionary = util.getSignatureDictionary(name);
            boolean certifies = certification.isPresent()
                    && dictionary.getIndirectReference() != null
                    && certification.get() == dictionary.getIndirectReference().getObjNumber();
            entries.add(SignatureEntry.read(name, dictionary, certifies, file));
        }
        return entries;
    }

    /**
     * Judges from the last signature back to the first: a valid document time-stamp proves the
     * time of everything before it.
     */
    private static List<ReadSignature.Judged> judgeLastFirst(List<ReadSignature> read, SignatureJudge judge) {
        ReadSignature.Judged[] judged = new ReadSignature.Judged[read.size()];
        Optional<Instant> laterTimestamp = Optional.empty();
        for (int i = read.size() - 1; i >= 0; i--) {
            ReadSignature signature = read.get(i);
            SignatureEntry entry = signature.entry();
            Judgement judgement;
            try {
                judgement = judge.judge(
                        signature.cms(),
                        entry.documentTimestamp(),
                        laterTimestamp,
                        entry.claimedTime(),
                        pagesProblem(signature.changes()));
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                LOG.debug("Judging signature {} failed; it is a format failure", entry.name(), e);
                judgement = judge.judge(
                        CmsFacts.failed(SubIndication.FORMAT_FAILURE, "the signature cannot be checked"),
                        entry.documentTimestamp(),
                        laterTimestamp,
                        entry.claimedTime(),
                        Optional.empty());
            }
            judged[i] = signature.judged(judgement);
            if (entry.documentTimestamp() && judgement.indication() == Indication.VALID) {
                laterTimestamp = signature.cms().timestampTime();
            }
        }
        return List.of(judged);
    }

    private SignatureReport report(
            ReadSignature.Judged signature,
            List<ReadSignature.Judged> all,
            SignaturePages pages,
            RevocationPool dssOnly)
            throws IOException {
        SignatureEntry entry = signature.entry();
        CmsFacts cms = signature.read().cms();
        Judgement judgement = signature.judgement();
        return new SignatureReport(
                signature.read().number(),
                entry.name(),
                entry.type(),
                judgement.indication(),
                judgement.subIndication(),
                judgement.reason(),
                cms.signer().map(NameAttributes::commonName).orElse(""),
                cms.signer().map(CertificateSummaries::of),
                judgement.signingTime(),
                judgement.timeProven(),
                LevelReached.of(signature, all, dssOnly, revisions),
                entry.usable() ? pages.of(entry) : List.of(),
                signature.read().changes(),
                judgement.notes(),
                entry.usable() && file.onlyWhitespaceAfter(entry.end()),
                entry.statedReason());
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

    /**
     * Adds the issuers the file does not carry: from the cache, and online from each certificate's
     * AIA caIssuers URL (DSS does the same). A signature whose CMS holds only the signer's
     * certificate can then be traced to its root.
     */
    private static void completeChains(List<ReadSignature> read, List<X509Certificate> known, IssuerFinder finder) {
        for (ReadSignature signature : read) {
            Optional<X509Certificate> current = signature.cms().signer();
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
