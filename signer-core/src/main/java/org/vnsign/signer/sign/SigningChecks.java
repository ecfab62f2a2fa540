/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignatureKind;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.appearance.Artwork;
import org.vnsign.signer.document.CertificationRules;
import org.vnsign.signer.document.OpenedPdf;

/**
 * What is checked before anything is drawn or signed, so that a request that cannot succeed fails
 * before the token is opened: the output can be written, the input opens, earlier signatures allow
 * another, and the images the kind needs are there and readable.
 */
final class SigningChecks {
    private static final Logger LOG = LoggerFactory.getLogger(SigningChecks.class);

    private SigningChecks() {}

    /** The document-only checks of {@code DocumentSigner.check}. */
    static void requireSignable(SigningRequest request) throws SignerException {
        try (PdfDocument document = openChecked(request)) {
            LOG.debug("{}: {} pages, fit to sign", request.input(), document.getNumberOfPages());
            SignProfile profile = request.profile();
            optionalImage(profile.signatureImage(), "signature");
            optionalImage(profile.initialImage(), "initial");
            if (request.appearance().kind() == SignatureKind.ISSUE) {
                requiredImage(profile.sealImage(), "seal");
            }
        } catch (ITextException e) {
            throw new SignerException(SignerError.PDF_DAMAGED, "cannot read " + request.input(), e);
        }
    }

    /** Opens the input after the output checks, refusing what earlier signatures forbid; the caller closes it. */
    static PdfDocument openChecked(SigningRequest request) throws SignerException {
        OutputFiles.requireWritable(request.input(), request.output(), request.overwrite());
        PdfDocument document = OpenedPdf.read(request.input(), request.password());
        try {
            CertificationRules.requireSignable(document);
            if (request.appearance().kind() == SignatureKind.INITIALS) {
                CertificationRules.requireMarksAllowed(document);
            }
            return document;
        } catch (SignerException e) {
            document.close();
            throw e;
        }
    }

    /** The image, decoded, when the profile has one. */
    static Optional<ImageData> optionalImage(Optional<byte[]> bytes, String what) throws SignerException {
        return bytes.isPresent() ? Optional.of(Artwork.image(bytes.get(), what)) : Optional.empty();
    }

    /** The image, decoded; IMAGE_MISSING when the profile has none. */
    static ImageData requiredImage(Optional<byte[]> bytes, String what) throws SignerException {
        if (bytes.isEmpty()) {
            throw new SignerException(SignerError.IMAGE_MISSING, "the " + what + " image is required");
        }
        return Artwork.image(bytes.get(), what);
    }
}
