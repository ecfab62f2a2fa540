/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.PdfSigFieldLock;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.IOException;
import java.util.Optional;

/**
 * iText's signer, except that on a turned page the new field's widget shows VNSign's drawing
 * turned against the page. iText lays a signature out for a turned page by squeezing it into the
 * unturned box, and viewers show it distorted or not at all; a /Matrix on the appearance is what
 * PDF provides for this (ISO 32000-1, 12.5.5).
 */
final class UprightWidgetSigner extends PdfSigner {
    private Optional<PdfFormXObject> appearance = Optional.empty();

    UprightWidgetSigner(PdfReader reader, String output, StampingProperties stamping, SignerProperties properties)
            throws IOException {
        super(reader, null, output, stamping, properties);
    }

    /** The widget's appearance, already turned for its page ({@link PageFrame#uprightAppearance}). */
    void showAppearance(PdfFormXObject turned) {
        this.appearance = Optional.of(turned);
    }

    @Override
    protected PdfSigFieldLock createNewSignatureFormField(PdfAcroForm acroForm, String name) {
        PdfSigFieldLock lock = super.createNewSignatureFormField(acroForm, name);
        appearance.ifPresent(
                turned -> acroForm.getField(name).getWidgets().get(0).setNormalAppearance(turned.getPdfObject()));
        return lock;
    }
}
