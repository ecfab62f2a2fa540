/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.revisions;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.vnsign.signer.document.StampNames;
import org.vnsign.signer.verify.Change;
import org.vnsign.signer.verify.ChangeKind;
import org.vnsign.signer.verify.Reason;

/**
 * What the file shows now compared with what a signature signed: pages (count, order, content,
 * resources, size), annotations and form fields on each page, field values, and the document-level
 * entries that change what is shown or done. Each difference becomes a {@link Change}, allowed or
 * not by the {@link ChangeRules} in force after that signature.
 */
public final class RevisionComparison {
    private static final Set<PdfName> PAGE_VIEW_IGNORED = Set.of(PdfName.Annots, PdfName.Parent);
    /** An annotation's /P points back at its page, which any later annotation on that page changes. */
    private static final Set<PdfName> ANNOTATION_IGNORED = Set.of(PdfName.P);

    private static final Set<PdfName> CATALOG_IGNORED =
            Set.of(PdfName.AcroForm, PdfName.DSS, PdfName.Metadata, PdfName.Extensions, PdfName.Pages, PdfName.Version);

    private final PdfDocument signed;
    private final PdfDocument current;
    private final ChangeRules rules;
    private final IntPredicate signedLater;
    /** Only where the changes are matters (the pages a revision drew on), not what they are. */
    private final boolean pagesOnly;

    private final ObjectComparison objects;
    private final List<Change> changes = new ArrayList<>();
    private final Set<String> filled = new HashSet<>();

    /**
     * @param signedLater whether an object number belongs to a later signed revision: an initial
     *     mark drawn by a later signer is part of that signature's appearance
     */
    private RevisionComparison(
            PdfDocument signed, PdfDocument current, ChangeRules rules, IntPredicate signedLater, boolean pagesOnly) {
        this.pagesOnly = pagesOnly;
        this.signed = signed;
        this.current = current;
        this.rules = rules;
        this.signedLater = signedLater;
        this.objects = new ObjectComparison(signed, current);
    }

    static List<Change> compare(PdfDocument signed, PdfDocument current, ChangeRules rules, IntPredicate signedLater) {
        RevisionComparison comparison = new RevisionComparison(signed, current, rules, signedLater, false);
        comparison.comparePages();
        comparison.compareFieldValues();
        comparison.compareCatalog();
        return List.copyOf(comparison.changes);
    }

    /** The pages (1-based) whose look differs: where a revision drew its marks. */
    public static Set<Integer> changedPages(PdfDocument before, PdfDocument after) {
        RevisionComparison comparison =
                new RevisionComparison(before, after, ChangeRules.approvalOnly(), n -> false, true);
        comparison.comparePages();
        Set<Integer> pages = new HashSet<>();
        for (Change change : comparison.changes) {
            change.page().ifPresent(pages::add);
        }
        return pages;
    }

    private void comparePages() {
        int before = signed.getNumberOfPages();
        int after = current.getNumberOfPages();
        List<Integer> beforeNumbers = pageNumbers(signed);
        List<Integer> afterNumbers = pageNumbers(current);
        int common = Math.min(before, after);
        if (!beforeNumbers.subList(0, common).equals(afterNumbers.subList(0, common))
                && new HashSet<>(beforeNumbers).equals(new HashSet<>(afterNumbers))) {
            add(ChangeKind.PAGES_REORDERED, Optional.empty(), "", Reason.of("change.pagesReordered"));
            return;
        }
        for (int page = before + 1; page <= after; page++) {
            add(ChangeKind.PAGE_ADDED, Optional.of(page), "", Reason.of("change.pageAdded", String.valueOf(page)));
        }
        for (int page = after + 1; page <= before; page++) {
            add(ChangeKind.PAGE_REMOVED, Optional.of(page), "", Reason.of("change.pageRemoved", String.valueOf(page)));
        }
        for (int page = 1; page <= common; page++) {
            comparePage(page, signed.getPage(page), current.getPage(page));
        }
    }

    private void comparePage(int number, PdfPage before, PdfPage after) {
        boolean sameView = objects.same(before.getPdfObject(), after.getPdfObject(), PAGE_VIEW_IGNORED)
                && objects.same(
                        before.getResources().getPdfObject(),
                        after.getResources().getPdfObject())
                && before.getMediaBox().equalsWithEpsilon(after.getMediaBox())
                && before.getCropBox().equalsWithEpsilon(after.getCropBox())
                && before.getRotation() == after.getRotation();
        if (!sameView) {
            add(
                    ChangeKind.PAGE_CONTENT_CHANGED,
                    Optional.of(number),
                    "",
                    Reason.of("change.pageContent", page(number)));
        }
        Map<Integer, PdfDictionary> beforeAnnotations = annotations(before);
        Map<Integer, PdfDictionary> afterAnnotations = annotations(after);
        for (Map.Entry<Integer, PdfDictionary> entry : beforeAnnotations.entrySet()) {
            PdfDictionary now = afterAnnotations.get(entry.getKey());
            if (now == null) {
                add(
                        ChangeKind.ANNOTATION_REMOVED,
                        Optional.of(number),
                        "",
                        Reason.of("change.annotationRemoved", page(number)));
            } else if (!objects.same(entry.getValue(), now, ANNOTATION_IGNORED)) {
                changedAnnotation(number, entry.getValue(), now);
            }
        }
        for (Map.Entry<Integer, PdfDictionary> entry : afterAnnotations.entrySet()) {
            if (!beforeAnnotations.containsKey(entry.getKey())) {
                addedAnnotation(number, entry.getKey(), entry.getValue());
            }
        }
    }

    private void changedAnnotation(int number, PdfDictionary before, PdfDictionary after) {
        if (pagesOnly || !PdfName.Widget.equals(after.getAsName(PdfName.Subtype))) {
            add(
                    ChangeKind.ANNOTATION_CHANGED,
                    Optional.of(number),
                    "",
                    Reason.of("change.annotationChanged", page(number)));
            return;
        }
        String name = fieldName(after);
        if (isSignatureField(after)) {
            PdfDictionary value = fieldValue(after);
            if (value != null && fieldValue(before) == null) {
                signatureAdded(number, value, name);
                return;
            }
        }
        filled.add(name);
        add(ChangeKind.FORM_FILLED, Optional.of(number), name, Reason.of("change.formFilled", name, page(number)));
    }

    private void addedAnnotation(int number, int objectNumber, PdfDictionary annotation) {
        if (pagesOnly) {
            // The page is all that is asked: reading a signature's value (its /Contents) would not change it.
            add(
                    ChangeKind.ANNOTATION_ADDED,
                    Optional.of(number),
                    "",
                    Reason.of("change.annotationAdded", "?", page(number)));
            return;
        }
        if (PdfName.Widget.equals(annotation.getAsName(PdfName.Subtype))) {
            if (isSignatureField(annotation)) {
                PdfDictionary value = fieldValue(annotation);
                if (value != null) {
                    signatureAdded(number, value, "");
                } else {
                    add(
                            ChangeKind.SIGNATURE_FIELD_ADDED,
                            Optional.of(number),
                            "",
                            Reason.of("change.signatureField", page(number)));
                }
            } else {
                add(
                        ChangeKind.FIELD_ADDED,
                        Optional.of(number),
                        "",
                        Reason.of("change.fieldAdded", fieldName(annotation), page(number)));
            }
            return;
        }
        if (StampNames.INITIAL.equals(annotation.getAsName(PdfName.Name)) && signedLater.test(objectNumber)) {
            add(ChangeKind.SIGNATURE_ADDED, Optional.of(number), "", Reason.of("change.initialMark", page(number)));
            return;
        }
        if (StampNames.ISSUE_NUMBERING.equals(annotation.getAsName(PdfName.Name)) && signedLater.test(objectNumber)) {
            add(
                    ChangeKind.SIGNATURE_ADDED,
                    Optional.of(number),
                    "",
                    Reason.of("change.issueNumbering", page(number), text(annotation.getAsString(PdfName.Contents))));
            return;
        }
        PdfName subtype = annotation.getAsName(PdfName.Subtype);
        add(
                ChangeKind.ANNOTATION_ADDED,
                Optional.of(number),
                "",
                Reason.of("change.annotationAdded", subtype == null ? "?" : subtype.getValue(), page(number)));
    }

    private void signatureAdded(int number, PdfDictionary value, String existingField) {
        boolean timestamp = PdfName.DocTimeStamp.equals(value.getAsName(PdfName.Type));
        if (timestamp) {
            add(ChangeKind.TIMESTAMP_ADDED, Optional.of(number), existingField, Reason.of("change.timestamp"));
        } else {
            add(
                    ChangeKind.SIGNATURE_ADDED,
                    Optional.of(number),
                    existingField,
                    Reason.of("change.signature", page(number)));
        }
    }

    /** Values of fields that existed when signed: a value changed without any widget changing. */
    private void compareFieldValues() {
        Map<String, PdfDictionary> after = fields(current);
        for (Map.Entry<String, PdfDictionary> entry : fields(signed).entrySet()) {
            String name = entry.getKey();
            PdfDictionary now = after.get(name);
            if (now == null) {
                add(ChangeKind.FIELD_REMOVED, Optional.empty(), name, Reason.of("change.fieldRemoved", name));
            } else if (!PdfName.Sig.equals(fieldType(now))
                    && !filled.contains(name)
                    && !objects.same(entry.getValue().get(PdfName.V, false), now.get(PdfName.V, false))) {
                add(ChangeKind.FORM_FILLED, Optional.empty(), name, Reason.of("change.fieldValue", name));
            }
        }
    }

    private void compareCatalog() {
        PdfDictionary before = signed.getCatalog().getPdfObject();
        PdfDictionary after = current.getCatalog().getPdfObject();
        Set<PdfName> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeAll(CATALOG_IGNORED);
        for (PdfName key : keys) {
            if (!objects.same(before.get(key, false), after.get(key, false))) {
                add(ChangeKind.DOCUMENT_CHANGED, Optional.empty(), "", Reason.of("change.document", key.getValue()));
            }
        }
        if (!objects.same(before.get(PdfName.DSS, false), after.get(PdfName.DSS, false))) {
            add(ChangeKind.VALIDATION_DATA_ADDED, Optional.empty(), "", Reason.of("change.validationData"));
        }
        if (!objects.same(before.get(PdfName.Metadata, false), after.get(PdfName.Metadata, false))
                || !objects.same(
                        signed.getTrailer().get(PdfName.Info, false),
                        current.getTrailer().get(PdfName.Info, false))) {
            add(ChangeKind.METADATA_CHANGED, Optional.empty(), "", Reason.of("change.metadata"));
        }
        PdfDictionary formBefore = before.getAsDictionary(PdfName.AcroForm);
        PdfDictionary formAfter = after.getAsDictionary(PdfName.AcroForm);
        if (formBefore != null
                && formAfter != null
                && !objects.same(formBefore.get(PdfName.XFA, false), formAfter.get(PdfName.XFA, false))) {
            add(ChangeKind.DOCUMENT_CHANGED, Optional.empty(), "", Reason.of("change.document", "XFA"));
        }
    }

    private void add(ChangeKind kind, Optional<Integer> page, String fieldName, Reason description) {
        Change change = new Change(kind, page, rules.allowed(kind, fieldName), description);
        if (!changes.contains(change)) {
            changes.add(change);
        }
    }

    private static String page(int number) {
        return String.valueOf(number);
    }

    private static List<Integer> pageNumbers(PdfDocument document) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            numbers.add(
                    document.getPage(i).getPdfObject().getIndirectReference().getObjNumber());
        }
        return numbers;
    }

    private static Map<Integer, PdfDictionary> annotations(PdfPage page) {
        Map<Integer, PdfDictionary> all = new LinkedHashMap<>();
        PdfArray array = page.getPdfObject().getAsArray(PdfName.Annots);
        if (array == null) {
            return all;
        }
        for (int i = 0; i < array.size(); i++) {
            PdfObject entry = array.get(i, false);
            PdfDictionary annotation = array.getAsDictionary(i);
            if (annotation != null) {
                int key = entry.isIndirectReference() || annotation.getIndirectReference() != null
                        ? annotation.getIndirectReference().getObjNumber()
                        : -1 - i;
                all.put(key, annotation);
            }
        }
        return all;
    }

    /** Terminal fields by full name. */
    private static Map<String, PdfDictionary> fields(PdfDocument document) {
        Map<String, PdfDictionary> all = new LinkedHashMap<>();
        PdfDictionary form = document.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm);
        if (form != null) {
            collect(form.getAsArray(PdfName.Fields), "", all, 0);
        }
        return all;
    }

    private static void collect(PdfArray kids, String prefix, Map<String, PdfDictionary> into, int depth) {
        if (kids == null || depth > 32) {
            return;
        }
        for (int i = 0; i < kids.size(); i++) {
            PdfDictionary field = kids.getAsDictionary(i);
            if (field == null) {
                continue;
            }
            PdfString partial = field.getAsString(PdfName.T);
            String name = partial == null ? prefix : (prefix.isEmpty() ? "" : prefix + ".") + partial.toUnicodeString();
            PdfArray children = field.getAsArray(PdfName.Kids);
            boolean hasNamedKids = children != null
                    && children.size() > 0
                    && children.getAsDictionary(0) != null
                    && children.getAsDictionary(0).containsKey(PdfName.T);
            if (hasNamedKids) {
                collect(children, name, into, depth + 1);
            } else if (partial != null) {
                into.put(name, field);
            }
        }
    }

    private static String fieldName(PdfDictionary widget) {
        List<String> parts = new ArrayList<>();
        PdfDictionary node = widget;
        for (int depth = 0; node != null && depth < 32; depth++) {
            PdfString partial = node.getAsString(PdfName.T);
            if (partial != null) {
                parts.add(0, partial.toUnicodeString());
            }
            node = node.getAsDictionary(PdfName.Parent);
        }
        return String.join(".", parts);
    }

    private static PdfName fieldType(PdfDictionary field) {
        PdfDictionary node = field;
        for (int depth = 0; node != null && depth < 32; depth++) {
            PdfName type = node.getAsName(PdfName.FT);
            if (type != null) {
                return type;
            }
            node = node.getAsDictionary(PdfName.Parent);
        }
        return null;
    }

    private static boolean isSignatureField(PdfDictionary widget) {
        return PdfName.Sig.equals(fieldType(widget));
    }

    private static PdfDictionary fieldValue(PdfDictionary widget) {
        PdfDictionary node = widget;
        for (int depth = 0; node != null && depth < 32; depth++) {
            PdfObject value = node.get(PdfName.V);
            if (value instanceof PdfDictionary dictionary) {
                return dictionary;
            }
            node = node.getAsDictionary(PdfName.Parent);
        }
        return null;
    }

    private static String text(PdfString contents) {
        return contents == null ? "" : contents.toUnicodeString();
    }
}
