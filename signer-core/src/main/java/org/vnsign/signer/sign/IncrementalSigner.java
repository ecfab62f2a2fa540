/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.signatures.PdfSigner.CryptoStandard;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.exceptions.SignExceptionMessageConstant;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.LevelNotReachedException;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignResult;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignatureValueSource;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SignerIdentity;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.document.FieldNames;
import org.vnsign.signer.document.OpenedPdf;
import org.vnsign.signer.layout.PageFrame;
import org.vnsign.signer.longterm.TimestampSource;
import org.vnsign.signer.online.TimestampClient;

/**
 * The one incremental update that holds the new signature: PAdES B-B with iText 9
 * ({@code ETSI.CAdES.detached}, signing-certificate-v2, no signing-time attribute, the chain in the
 * CMS), the drawn widget and any initial marks, and the signature time-stamp when one is asked for.
 * The signature value comes from the {@link SignatureValueSource} once per attempt.
 */
final class IncrementalSigner {
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalSigner.class);
    private static final String CREATOR = "VNSign";

    /** Bytes added to the reserve when a signature did not fit: one retry, this much larger. */
    private static final int RETRY_ALLOWANCE = 8192;

    private final Clock clock;

    IncrementalSigner(Clock clock) {
        this.clock = clock;
    }

    /**
     * Signs once with the reserve computed from the chain and the measured time-stamp size; if the
     * container still does not fit (a TSA whose tokens grew), signs once more with a larger reserve.
     */
    SignResult sign(SigningPlan plan, SignatureValueSource source, Path temporary, Optional<TimestampSource> timestamps)
            throws SignerException {
        int reserved = SignatureSpace.forIdentity(plan.identity())
                + timestamps.map(TimestampSource::getTokenSizeEstimate).orElse(0);
        try {
            return signInto(plan, source, temporary, timestamps, reserved);
        } catch (SpaceShortfall e) {
            LOG.info("the signature did not fit in {} bytes; signing once more with more room", reserved);
            OutputFiles.discard(temporary);
            try {
                return signInto(plan, source, temporary, timestamps, reserved + RETRY_ALLOWANCE);
            } catch (SpaceShortfall again) {
                throw new SignerException(
                        SignerError.SIGNATURE_TOO_LARGE,
                        "the signature does not fit " + (reserved + RETRY_ALLOWANCE) + " reserved bytes",
                        again);
            }
        }
    }

    /** The container was larger than the space reserved for it. */
    private static final class SpaceShortfall extends Exception {
        private static final long serialVersionUID = 1L;

        SpaceShortfall(Throwable cause) {
            super(cause);
        }
    }

    private SignResult signInto(
            SigningPlan plan,
            SignatureValueSource source,
            Path temporary,
            Optional<TimestampSource> timestamps,
            int reserved)
            throws SignerException, SpaceShortfall {
        SigningRequest request = plan.request();
        SignerIdentity identity = plan.identity();
        ZonedDateTime now = ZonedDateTime.now(clock);
        PdfReader reader = OpenedPdf.reader(request.input(), request.password());
        try {
            SignerProperties properties = new SignerProperties()
                    .setReason(reason(request))
                    .setLocation(request.location())
                    .setSignatureCreator(CREATOR)
                    .setClaimedSignDate(GregorianCalendar.from(now));
            UprightWidgetSigner signer = new UprightWidgetSigner(
                    reader, temporary.toString(), new StampingProperties().useAppendMode(), properties);
            PdfDocument document = signer.getDocument();
            OpenedPdf.checkSound(reader, request.input());
            String fieldName = FieldNames.next(
                    document, FieldNames.prefix(request.appearance().kind()));
            properties.setFieldName(fieldName);
            Optional<PdfFormXObject> appearance = SignatureDrawing.draw(plan, document, now);
            if (appearance.isPresent()) {
                Rect shown = plan.signatureRect().orElseThrow();
                PageFrame frame = PageFrame.of(document.getPage(plan.signaturePage()));
                Rect rect = frame.toUser(shown);
                properties
                        .setPageNumber(plan.signaturePage())
                        .setPageRect(new Rectangle(rect.x(), rect.y(), rect.width(), rect.height()))
                        .setSignatureAppearance(new SignatureFieldAppearance(fieldName));
                signer.showAppearance(frame.uprightAppearance(appearance.get(), document));
            }
            signer.signDetached(
                    new JdkDigest(),
                    new ValueSourceSignature(identity, source),
                    identity.chain().toArray(new Certificate[0]),
                    null,
                    null,
                    timestamps.orElse(null),
                    reserved,
                    CryptoStandard.CADES);
            return new SignResult(plan, request.output(), fieldName, reserved, request.level());
        } catch (ValueSourceSignature.SourceFailure e) {
            throw new SignerException(SignerError.SIGNATURE_VALUE_FAILED, "the key did not sign", e.sourceException());
        } catch (ValueSourceSignature.InvalidValue e) {
            throw new SignerException(SignerError.SIGNATURE_VALUE_INVALID, e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SignerException(
                    SignerError.KEY_UNSUPPORTED, "cryptographic failure signing " + request.input(), e);
        } catch (IOException | ITextException e) {
            Optional<TimestampClient.TimestampException> failure = timestamps.flatMap(TimestampSource::failure);
            if (failure.isPresent()) {
                throw new LevelNotReachedException(
                        SignerError.TIMESTAMP_FAILED,
                        request.level(),
                        Optional.of(SignatureLevel.B_B),
                        failure.get().getMessage(),
                        e);
            }
            if (isSpaceShortfall(e)) {
                throw new SpaceShortfall(e);
            }
            throw new SignerException(SignerError.FILE_ACCESS, "cannot sign " + request.input(), e);
        } finally {
            closeQuietly(reader);
        }
    }

    /** iText's own report that the container outgrew its reserve (compared with iText's constant, not a guess at its text). */
    private static boolean isSpaceShortfall(Exception e) {
        return e instanceof IOException && SignExceptionMessageConstant.NOT_ENOUGH_SPACE.equals(e.getMessage());
    }

    private static void closeQuietly(PdfReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // The reader only read the input; nothing is lost.
        }
    }

    /** The /Reason: the request's, else a comment's own words, so readers list the opinion with the signature. */
    private static String reason(SigningRequest request) {
        if (request.reason().isBlank() && request.appearance() instanceof Appearance.Comment comment) {
            return "Ý kiến: " + comment.text();
        }
        return request.reason();
    }
}
