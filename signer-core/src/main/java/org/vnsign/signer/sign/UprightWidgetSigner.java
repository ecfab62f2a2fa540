/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.PdfSigFieldLock;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.IOException;
import java.util.Optional;
import org.vnsign.signer.layout.PageFrame;

/**
 * iText's signer, except that the new field's widget shows VNSign's own drawing as its normal
 * appearance, turned against the page where the page is turned ({@link PageFrame#uprightAppearance}).
 * iText would lay the drawing out again inside its layered n0/n2 appearance, and on a turned page
 * squeeze it into the unturned box, where viewers show it distorted or not at all; a /Matrix on the
 * appearance is what PDF provides for turned pages (ISO 32000-1, 12.5.5). iText is given an empty
 * appearance to lay out, so it does no work that is then thrown away.
 */
final class UprightWidgetSigner extends PdfSigner {
    private Optional<PdfFormXObject> appearance = Optional.empty();

    UprightWidgetSigner(PdfReader reader, String output, StampingProperties stamping, SignerProperties properties)
            throws IOException {
        super(reader, null, output, stamping, properties);
    }

    /** The widget's appearance, already turned for its page. */
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
