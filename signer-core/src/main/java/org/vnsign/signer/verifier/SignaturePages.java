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
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.document.SignatureEntry;
import org.vnsign.signer.document.SignedFile;
import org.vnsign.signer.revisions.RevisionComparison;

/**
 * The pages a signature belongs to, as a reader sees them: the pages its visible widget is on, and
 * the pages its own revision drew on (initial marks). Widgets are found on the pages that list
 * them, whatever their /P says.
 */
final class SignaturePages {
    private static final Logger LOG = LoggerFactory.getLogger(SignaturePages.class);
    private final SignatureUtil util;
    private final SignedFile file;
    private final OpenRevisions revisions;
    private final Map<Integer, Integer> widgetPages;

    SignaturePages(PdfDocument document, SignatureUtil util, SignedFile file, OpenRevisions revisions) {
        this.util = util;
        this.file = file;
        this.revisions = revisions;
        this.widgetPages = widgetPages(document);
    }

    /** The pages of {@code entry}, in order. */
    List<Integer> of(SignatureEntry entry) throws IOException {
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
                pages.addAll(
                        RevisionComparison.changedPages(revisions.at(previousEnd.get()), revisions.at(entry.end())));
            } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
                LOG.debug("The revision before {} cannot be compared; only its widget's pages count", entry.name(), e);
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
    private static Map<Integer, Integer> widgetPages(PdfDocument document) {
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
}
