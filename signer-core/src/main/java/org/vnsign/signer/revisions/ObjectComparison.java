/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.revisions;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deep comparison of an object as it was signed with the object the current file shows in its
 * place, following references. An object that keeps its number and the file offset it had in the
 * signed revision is the same bytes (the signed revision is a prefix of the file), so its streams
 * are not read again; the objects it refers to are still followed, since an update can redefine
 * them under the same numbers (the "hide via referenced object" shadow attack). What is shown is
 * compared, not how it is numbered: an update that points a page at different objects with the
 * same content is no change, one that rewrites an XObject the page uses is.
 */
final class ObjectComparison {
    private final PdfDocument signed;
    private final PdfDocument current;
    private final Map<Long, Boolean> results = new HashMap<>();
    private final Set<Long> inProgress = new HashSet<>();

    private final Set<Integer> pagesInBoth;
    private Map<Integer, PdfIndirectReference> signedReferences;

    ObjectComparison(PdfDocument signed, PdfDocument current) {
        this.signed = signed;
        this.current = current;
        this.pagesInBoth = pageObjects(signed);
        this.pagesInBoth.retainAll(pageObjects(current));
    }

    private static Set<Integer> pageObjects(PdfDocument document) {
        Set<Integer> pages = new HashSet<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            PdfIndirectReference reference = document.getPage(i).getPdfObject().getIndirectReference();
            if (reference != null) {
                pages.add(reference.getObjNumber());
            }
        }
        return pages;
    }

    /** Whether {@code before} (from the signed revision) and {@code after} (from the file) are the same. */
    boolean same(PdfObject before, PdfObject after) {
        return same(before, after, Set.of());
    }

    /** The same, ignoring some keys of the two top-level dictionaries (a page's /Annots, ...). */
    boolean same(PdfObject before, PdfObject after, Set<PdfName> ignoredKeys) {
        if (before == null || after == null) {
            return before == after;
        }
        PdfIndirectReference beforeReference = reference(before);
        PdfIndirectReference afterReference = reference(after);
        if (beforeReference != null && afterReference != null) {
            boolean bytesKept = unchanged(beforeReference, afterReference);
            if (!ignoredKeys.isEmpty()) {
                return bytesKept
                        ? referencesSame(resolve(after), ignoredKeys)
                                .orElseGet(() -> sameValue(resolve(before), resolve(after), ignoredKeys, true))
                        : sameValue(resolve(before), resolve(after), ignoredKeys, false);
            }
            if (beforeReference.getObjNumber() == afterReference.getObjNumber()
                    && pagesInBoth.contains(beforeReference.getObjNumber())) {
                // A reference to a page (an /OpenAction or a destination) still names the same page;
                // what the page shows is compared page by page, where a new widget on it is judged.
                return true;
            }
            long key = ((long) beforeReference.getObjNumber() << 32) | afterReference.getObjNumber();
            Boolean known = results.get(key);
            if (known != null) {
                return known;
            }
            if (!inProgress.add(key)) {
                return true;
            }
            boolean result = bytesKept
                    ? referencesSame(resolve(after), Set.of())
                            .orElseGet(() -> sameValue(resolve(before), resolve(after), Set.of(), true))
                    : sameValue(resolve(before), resolve(after), Set.of(), false);
            inProgress.remove(key);
            results.put(key, result);
            return result;
        }
        return sameValue(resolve(before), resolve(after), ignoredKeys, false);
    }

    /**
     * @param bytesKept the object itself is the same bytes: only the objects it refers to, which an
     *     update may have redefined under the same numbers, still need comparing
     */
    private boolean sameValue(PdfObject before, PdfObject after, Set<PdfName> ignoredKeys, boolean bytesKept) {
        if (before == null || after == null) {
            return before == after;
        }
        if (before.getType() != after.getType()) {
            return false;
        }
        if (before instanceof PdfStream beforeStream) {
            return sameDictionary(beforeStream, (PdfDictionary) after, ignoredKeys)
                    && (bytesKept || Arrays.equals(beforeStream.getBytes(false), ((PdfStream) after).getBytes(false)));
        }
        if (before instanceof PdfDictionary beforeDictionary) {
            return sameDictionary(beforeDictionary, (PdfDictionary) after, ignoredKeys);
        }
        if (before instanceof PdfArray beforeArray) {
            PdfArray afterArray = (PdfArray) after;
            if (beforeArray.size() != afterArray.size()) {
                return false;
            }
            for (int i = 0; i < beforeArray.size(); i++) {
                if (!same(beforeArray.get(i, false), afterArray.get(i, false))) {
                    return false;
                }
            }
            return true;
        }
        if (before instanceof PdfNumber number) {
            return number.getValue() == ((PdfNumber) after).getValue();
        }
        if (before instanceof PdfString text) {
            return Arrays.equals(text.getValueBytes(), ((PdfString) after).getValueBytes());
        }
        return before.equals(after);
    }

    private boolean sameDictionary(PdfDictionary before, PdfDictionary after, Set<PdfName> ignoredKeys) {
        Set<PdfName> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeAll(ignoredKeys);
        if (PdfName.SigRef.equals(before.getAsName(PdfName.Type))) {
            // A signature reference's /Data points at the catalog, which every later update rewrites:
            // the document is compared on its own, not through the signature that names it.
            keys.remove(PdfName.Data);
        }
        for (PdfName key : keys) {
            if (!same(before.get(key, false), after.get(key, false))) {
                return false;
            }
        }
        return true;
    }

    /**
     * For an object whose bytes the signed revision already had: whether everything it refers to is
     * still the same. Its own value needs no second parse (the same bytes read the same), so only
     * the current file's copy is walked and each reference is looked up in the signed revision's
     * cross-reference table. Empty when a reference cannot be matched there (another generation):
     * the caller then compares both values in full.
     */
    private Optional<Boolean> referencesSame(PdfObject value, Set<PdfName> ignoredKeys) {
        if (value instanceof PdfDictionary dictionary) {
            boolean signatureReference = PdfName.SigRef.equals(dictionary.getAsName(PdfName.Type));
            for (PdfName key : dictionary.keySet()) {
                if (ignoredKeys.contains(key) || (signatureReference && PdfName.Data.equals(key))) {
                    continue;
                }
                Optional<Boolean> same = childSame(dictionary.get(key, false));
                if (same.isEmpty() || !same.get()) {
                    return same;
                }
            }
        } else if (value instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<Boolean> same = childSame(array.get(i, false));
                if (same.isEmpty() || !same.get()) {
                    return same;
                }
            }
        }
        return Optional.of(true);
    }

    private Optional<Boolean> childSame(PdfObject child) {
        if (child instanceof PdfIndirectReference reference) {
            PdfIndirectReference before = signedReferences().get(reference.getObjNumber());
            if (before == null || before.getGenNumber() != reference.getGenNumber()) {
                return Optional.empty();
            }
            return Optional.of(same(before, reference));
        }
        return child instanceof PdfDictionary || child instanceof PdfArray
                ? referencesSame(child, Set.of())
                : Optional.of(true);
    }

    /** The signed revision's cross-reference entries by object number, read without parsing any object. */
    private Map<Integer, PdfIndirectReference> signedReferences() {
        if (signedReferences == null) {
            signedReferences = new HashMap<>();
            for (PdfIndirectReference reference : signed.listIndirectReferences()) {
                if (reference != null) {
                    signedReferences.put(reference.getObjNumber(), reference);
                }
            }
        }
        return signedReferences;
    }

    /** The same number, generation and definition in the file: an object no update redefined. */
    private boolean unchanged(PdfIndirectReference before, PdfIndirectReference after) {
        if (before.getObjNumber() != after.getObjNumber() || before.getGenNumber() != after.getGenNumber()) {
            return false;
        }
        if (before.getObjStreamNumber() != after.getObjStreamNumber()) {
            return false;
        }
        if (before.getObjStreamNumber() == 0) {
            return before.getOffset() == after.getOffset() && before.getOffset() > 0;
        }
        PdfIndirectReference beforeStream =
                signed.getPdfObject(before.getObjStreamNumber()).getIndirectReference();
        PdfIndirectReference afterStream =
                current.getPdfObject(after.getObjStreamNumber()).getIndirectReference();
        return before.getIndex() == after.getIndex()
                && beforeStream.getOffset() == afterStream.getOffset()
                && beforeStream.getOffset() > 0;
    }

    private static PdfIndirectReference reference(PdfObject object) {
        return object instanceof PdfIndirectReference reference ? reference : object.getIndirectReference();
    }

    private static PdfObject resolve(PdfObject object) {
        return object instanceof PdfIndirectReference reference ? reference.getRefersTo() : object;
    }
}
