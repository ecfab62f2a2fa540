/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.forms.fields.TextFormFieldBuilder;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import com.itextpdf.signatures.AccessPermissions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.verify.ChangeKind;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.documents.LibreOfficeDocument;
import org.vnsign.testsupport.pki.KeyProfile;

/**
 * Ordinary workflows are never called modifications, and what a certification forbids always is:
 * one test for each allowed-change rule of ISO 32000-1 §12.8.2.2 (DocMDP P=2: filling fields and
 * signing; P=3: also annotations) and for each forbidden one (P=1: anything; P=2: annotations;
 * without certification VNSign is stricter than ISO and reports form filling, as the shadow
 * attacks require).
 */
class AllowedChangesIT {
    @TempDir
    Path dir;

    @Test
    void aLibreOfficeLetterApprovedThenIssuedByVnsignHasNoChangeForTheFirstSignature() throws Exception {
        Path letter = LibreOfficeDocument.writeTo(dir.resolve("cong-van.pdf"));
        Path approved = vnsign(letter, "approval", "approved.pdf");
        Path issued = vnsign(approved, "issue", "issued.pdf");

        VerificationReport report = VerifyFixture.verify(issued, dir);

        assertThat(report.signatures()).hasSize(2);
        SignatureReport first = report.signatures().get(0);
        assertThat(first.changes()).as("%s", first.changes()).allSatisfy(c -> assertThat(c.allowed())
                .isTrue());
        assertThat(first.changes()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.SIGNATURE_ADDED));
        assertThat(report.signatures())
                .allSatisfy(s -> assertThat(s.indication()).isEqualTo(Indication.VALID));
        assertThat(report.verdict()).isEqualTo(Indication.VALID);
    }

    @Test
    void signingAnEmptyFieldAfterACertificationAllowingFormsIsAllowed() throws Exception {
        Path certified = certify(formDocument(), AccessPermissions.FORM_FIELDS_MODIFICATION);
        Path signed = dir.resolve("signed-in-field.pdf");
        PlainItextSigner.sign(
                certified,
                signed,
                SigningFixture.identity(KeyProfile.RSA_2048),
                PlainItextSigner.Options.approval().inField("Reviewer"));

        VerificationReport report = VerifyFixture.verify(signed, dir);

        SignatureReport certification = report.signatures().get(0);
        assertThat(certification.type()).isEqualTo(SignatureReport.Type.CERTIFICATION);
        assertThat(certification.indication()).as(certification.reason().en()).isNotEqualTo(Indication.INVALID);
        assertThat(certification.changes())
                .as("%s", certification.changes())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.allowed()).isTrue());
        assertThat(report.modifiedAfterSigning()).isFalse();
    }

    @Test
    void fillingAFieldAfterACertificationAllowingFormsIsAllowed() throws Exception {
        Path certified = certify(formDocument(), AccessPermissions.FORM_FIELDS_MODIFICATION);
        Path filled = fill(certified, "Note", "Đã xem");

        SignatureReport certification =
                VerifyFixture.verify(filled, dir).signatures().get(0);

        assertThat(certification.changes())
                .as("%s", certification.changes())
                .anySatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.FORM_FILLED))
                .allSatisfy(c -> assertThat(c.allowed()).isTrue());
    }

    @Test
    void anAnnotationAfterACertificationAllowingOnlyFormsIsForbidden() throws Exception {
        Path certified = certify(formDocument(), AccessPermissions.FORM_FIELDS_MODIFICATION);

        SignatureReport certification =
                VerifyFixture.verify(annotate(certified), dir).signatures().get(0);

        assertThat(certification.changes())
                .filteredOn(c -> !c.allowed())
                .extracting(c -> c.kind())
                .containsExactly(ChangeKind.ANNOTATION_ADDED);
    }

    @Test
    void anAnnotationAfterACertificationAllowingAnnotationsIsAllowed() throws Exception {
        Path certified = certify(formDocument(), AccessPermissions.ANNOTATION_MODIFICATION);

        SignatureReport certification =
                VerifyFixture.verify(annotate(certified), dir).signatures().get(0);

        assertThat(certification.changes())
                .anySatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.ANNOTATION_ADDED))
                .allSatisfy(c -> assertThat(c.allowed()).isTrue());
    }

    @Test
    void fillingAFieldAfterACertificationAllowingNoChangesIsForbidden() throws Exception {
        Path certified = certify(formDocument(), AccessPermissions.NO_CHANGES_PERMITTED);

        SignatureReport certification = VerifyFixture.verify(fill(certified, "Note", "x"), dir)
                .signatures()
                .get(0);

        assertThat(certification.changes())
                .filteredOn(c -> !c.allowed())
                .extracting(c -> c.kind())
                .contains(ChangeKind.FORM_FILLED);
    }

    @Test
    void fillingAFieldAfterAnApprovalSignatureIsReported() throws Exception {
        Path approved = dir.resolve("approved.pdf");
        PlainItextSigner.sign(
                formDocument(),
                approved,
                SigningFixture.identity(KeyProfile.RSA_3072),
                PlainItextSigner.Options.approval());

        SignatureReport approval = VerifyFixture.verify(fill(approved, "Note", "x"), dir)
                .signatures()
                .get(0);

        assertThat(approval.changes())
                .filteredOn(c -> !c.allowed())
                .extracting(c -> c.kind())
                .contains(ChangeKind.FORM_FILLED);
    }

    private Path vnsign(Path input, String kind, String output) throws Exception {
        LongTermFixture.Signing signing = LongTermFixture.signing(dir, kind);
        SigningRequest request = SigningRequest.of(input, dir.resolve(output), signing.appearance(), signing.profile())
                .withLevel(SignatureLevel.B_LT, List.of(LongTermFixture.tsa()));
        return SigningFixture.sign(LongTermFixture.signer(dir), request, signing.key())
                .output();
    }

    /** A Decree 30 letter with a text field "Note" and an empty signature field "Reviewer". */
    private Path formDocument() throws Exception {
        Path plain = new Decree30Pdf().write(dir.resolve("plain.pdf"));
        Path form = dir.resolve("form.pdf");
        try (PdfDocument document = new PdfDocument(new PdfReader(plain.toFile()), new PdfWriter(form.toFile()))) {
            PdfAcroForm acroForm = PdfAcroForm.getAcroForm(document, true);
            acroForm.addField(new TextFormFieldBuilder(document, "Note")
                    .setWidgetRectangle(new Rectangle(60, 60, 200, 20))
                    .setPage(1)
                    .createText());
            PdfFormField reviewer = new SignatureFormFieldBuilder(document, "Reviewer")
                    .setWidgetRectangle(new Rectangle(320, 60, 200, 60))
                    .setPage(1)
                    .createSignature();
            acroForm.addField(reviewer);
        }
        return form;
    }

    private Path certify(Path input, AccessPermissions permissions) throws Exception {
        Path certified = dir.resolve("certified-" + permissions + ".pdf");
        PlainItextSigner.sign(
                input,
                certified,
                SigningFixture.identity(KeyProfile.RSA_3072),
                PlainItextSigner.Options.approval().withPermissions(permissions));
        return certified;
    }

    private Path fill(Path input, String field, String value) throws Exception {
        Path filled = dir.resolve("filled-" + input.getFileName());
        try (PdfDocument document = new PdfDocument(
                new PdfReader(input.toFile()),
                new PdfWriter(filled.toFile()),
                new StampingProperties().useAppendMode())) {
            PdfAcroForm.getAcroForm(document, false).getField(field).setValue(value);
        }
        return filled;
    }

    private Path annotate(Path input) throws Exception {
        Path annotated = dir.resolve("annotated-" + input.getFileName());
        try (PdfDocument document = new PdfDocument(
                new PdfReader(input.toFile()),
                new PdfWriter(annotated.toFile()),
                new StampingProperties().useAppendMode())) {
            document.getPage(1)
                    .addAnnotation(new PdfTextAnnotation(new Rectangle(100, 700, 20, 20))
                            .setContents(new PdfString("Ghi chú")));
        }
        return annotated;
    }
}
