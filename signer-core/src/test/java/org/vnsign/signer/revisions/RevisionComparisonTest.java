/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.TextFormFieldBuilder;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.signer.verify.Change;
import org.vnsign.signer.verify.ChangeKind;

/**
 * The revision comparison as a table: one incremental update per kind of change, judged under
 * each DocMDP level (none, P=1, P=2, P=3) and a FieldMDP lock, on a two-page document with one
 * text field. Each row names the change it must find and where it is allowed (ISO 32000-2
 * 12.8.2.2, with VNSign's stricter reading for approval signatures).
 */
class RevisionComparisonTest {
    private static final String FIELD = "so_hieu";
    private static byte[] base;

    /** The rules a row is judged under. */
    enum Rules {
        APPROVAL_ONLY(ChangeRules.approvalOnly()),
        P1(new ChangeRules(Optional.of(1), Set.of(), false)),
        P2(new ChangeRules(Optional.of(2), Set.of(), false)),
        P3(new ChangeRules(Optional.of(3), Set.of(), false)),
        P2_FIELD_LOCKED(new ChangeRules(Optional.of(2), Set.of(FIELD), false));

        final ChangeRules rules;

        Rules(ChangeRules rules) {
            this.rules = rules;
        }
    }

    @BeforeAll
    static void twoPagesAndAField() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(out))) {
            for (int i = 0; i < 2; i++) {
                new PdfCanvas(document.addNewPage(PageSize.A4))
                        .rectangle(72, 700, 200, 20)
                        .fill();
            }
            PdfFormField field = new TextFormFieldBuilder(document, FIELD)
                    .setWidgetRectangle(new Rectangle(72, 600, 200, 20))
                    .setPage(1)
                    .createText();
            PdfAcroForm.getAcroForm(document, true).addField(field, document.getPage(1));
        }
        base = out.toByteArray();
    }

    static Stream<Arguments> table() {
        Set<Rules> never = Set.of();
        return Stream.of(
                row(
                        "the number field filled",
                        document -> PdfAcroForm.getAcroForm(document, false)
                                .getField(FIELD)
                                .setValue("123/QD-BTC"),
                        ChangeKind.FORM_FILLED,
                        Set.of(Rules.P2, Rules.P3)),
                row(
                        "a comment laid on page 1",
                        document -> document.getPage(1)
                                .addAnnotation(
                                        new PdfTextAnnotation(new Rectangle(300, 300, 20, 20)).setContents("xem lai")),
                        ChangeKind.ANNOTATION_ADDED,
                        Set.of(Rules.P3)),
                row(
                        "a new text field",
                        document -> PdfAcroForm.getAcroForm(document, false)
                                .addField(
                                        new TextFormFieldBuilder(document, "ghi_chu")
                                                .setWidgetRectangle(new Rectangle(72, 500, 200, 20))
                                                .setPage(1)
                                                .createText(),
                                        document.getPage(1)),
                        ChangeKind.FIELD_ADDED,
                        never),
                row(
                        "page 1's content drawn over",
                        document -> new PdfCanvas(
                                        document.getPage(1).newContentStreamAfter(),
                                        document.getPage(1).getResources(),
                                        document)
                                .rectangle(72, 650, 300, 40)
                                .fill(),
                        ChangeKind.PAGE_CONTENT_CHANGED,
                        never),
                row("a page added", document -> document.addNewPage(), ChangeKind.PAGE_ADDED, never),
                row("page 2 removed", document -> document.removePage(2), ChangeKind.PAGE_REMOVED, never),
                row(
                        "a script run on opening",
                        document -> document.getCatalog().setOpenAction(PdfAction.createJavaScript("app.alert(1)")),
                        ChangeKind.DOCUMENT_CHANGED,
                        never),
                row(
                        "the document's title changed",
                        document -> document.getDocumentInfo().setTitle("Da sua"),
                        ChangeKind.METADATA_CHANGED,
                        Set.of(Rules.values())));
    }

    private static Arguments row(String name, Consumer<PdfDocument> change, ChangeKind kind, Set<Rules> allowedUnder) {
        return Arguments.of(name, change, kind, allowedUnder);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachChangeIsFoundAndAllowedOnlyWhereTheRulesSay(
            String name, Consumer<PdfDocument> change, ChangeKind kind, Set<Rules> allowedUnder) throws IOException {
        byte[] updated = update(change);

        for (Rules rules : Rules.values()) {
            List<Change> changes = compare(updated, rules);
            assertThat(changes)
                    .as(name + " under " + rules)
                    .extracting(Change::kind)
                    .contains(kind);
            Map<ChangeKind, Boolean> allowed =
                    changes.stream().collect(Collectors.toMap(Change::kind, Change::allowed, Boolean::logicalAnd));
            assertThat(allowed.get(kind)).as(name + " allowed under " + rules).isEqualTo(allowedUnder.contains(rules));
        }
    }

    @org.junit.jupiter.api.Test
    void anUpdateThatChangesNothingReportsAtMostItsModificationDate() throws IOException {
        for (Rules rules : Rules.values()) {
            assertThat(compare(update(document -> {}), rules))
                    .as(rules.name())
                    .allMatch(change -> change.kind() == ChangeKind.METADATA_CHANGED && change.allowed());
        }
    }

    private static byte[] update(Consumer<PdfDocument> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(
                new PdfReader(new ByteArrayInputStream(base)),
                new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            change.accept(document);
        }
        return out.toByteArray();
    }

    private static List<Change> compare(byte[] updated, Rules rules) throws IOException {
        try (PdfDocument signed = new PdfDocument(new PdfReader(new ByteArrayInputStream(base)));
                PdfDocument current = new PdfDocument(new PdfReader(new ByteArrayInputStream(updated)))) {
            return RevisionComparison.compare(signed, current, rules.rules, number -> false);
        }
    }
}
