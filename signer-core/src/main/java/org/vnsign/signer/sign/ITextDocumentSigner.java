/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.sign;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.signatures.PdfSigner.CryptoStandard;
import com.itextpdf.signatures.SignerProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.DocumentSigner;
import org.vnsign.signer.LevelNotReachedException;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.Placement;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignNotice;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignResult;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignatureValueSource;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SignerIdentity;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.TimestampDefaults;
import org.vnsign.signer.TimestampServer;
import org.vnsign.signer.appearance.AppearanceTexts;
import org.vnsign.signer.appearance.Artwork;
import org.vnsign.signer.appearance.Fonts;
import org.vnsign.signer.document.CertificationRules;
import org.vnsign.signer.document.FieldNames;
import org.vnsign.signer.document.OpenedPdf;
import org.vnsign.signer.layout.Layout;
import org.vnsign.signer.layout.PageFrame;
import org.vnsign.signer.longterm.LongTermStages;
import org.vnsign.signer.longterm.TimestampSource;
import org.vnsign.signer.online.TimestampClient;
import org.vnsign.signer.online.ValidationData;

/**
 * PAdES baseline B-B with iText 9: {@code ETSI.CAdES.detached}, signing-certificate-v2, no
 * signing-time attribute, the chain in the CMS, always as an incremental update. Initial marks are
 * added in the same revision the one signature covers, before the document is hashed.
 */
public final class ITextDocumentSigner implements DocumentSigner {
    private static final Logger LOG = LoggerFactory.getLogger(ITextDocumentSigner.class);
    private static final String CREATOR = "VNSign";

    /** Bytes added to the reserve when a signature did not fit: one retry, this much larger. */
    private static final int RETRY_ALLOWANCE = 8192;

    private final Clock clock;
    private final LongTermStages stages;

    public ITextDocumentSigner(Clock clock, NetworkSettings network) {
        this.clock = clock;
        this.stages = new LongTermStages(network);
    }

    @Override
    public void check(SigningRequest request) throws SignerException {
        stages.requireReachable(request.level());
        try (PdfDocument document = openChecked(request)) {
            LOG.debug("{}: {} pages, fit to sign", request.input(), document.getNumberOfPages());
            SignProfile profile = request.profile();
            optionalImage(profile.signatureImage(), "signature");
            optionalImage(profile.initialImage(), "initial");
            if (request.appearance() instanceof Appearance.Issue) {
                requiredImage(profile.sealImage(), "seal");
            }
        } catch (ITextException e) {
            throw new SignerException(SignerError.PDF_DAMAGED, "cannot read " + request.input(), e);
        }
    }

    /** Opens the input after the output checks, refusing what earlier signatures forbid. */
    private static PdfDocument openChecked(SigningRequest request) throws SignerException {
        OutputFiles.requireWritable(request.input(), request.output(), request.overwrite());
        PdfDocument document = OpenedPdf.read(request.input(), request.password());
        try {
            CertificationRules.requireSignable(document);
            if (request.appearance() instanceof Appearance.Initials) {
                CertificationRules.requireMarksAllowed(document);
            }
            return document;
        } catch (SignerException e) {
            document.close();
            throw e;
        }
    }

    @Override
    public SigningPlan plan(SigningRequest request, SignerIdentity identity) throws SignerException {
        if (!identity.mechanism().fits(identity.signer().getPublicKey())) {
            throw new SignerException(
                    SignerError.KEY_UNSUPPORTED,
                    identity.mechanism() + " does not fit a "
                            + identity.signer().getPublicKey().getAlgorithm() + " key");
        }
        if (request.level().needsNetwork()) {
            stages.requireReachable(request.level());
            LongTermStages.servers(
                    request.timestampServers(), TimestampDefaults.forChain(identity.chain()), request.level());
        }
        try (PdfDocument document = openChecked(request)) {
            return new Planner(request, identity, document, ZonedDateTime.now(clock)).plan();
        } catch (ITextException e) {
            throw new SignerException(SignerError.PDF_DAMAGED, "cannot lay out the signature on " + request.input(), e);
        }
    }

    @Override
    public SignResult sign(SigningPlan plan, SignatureValueSource source) throws SignerException {
        SigningRequest request = plan.request();
        OutputFiles.requireWritable(request.input(), request.output(), request.overwrite());
        SignatureLevel asked = request.level();
        List<Path> temporaries = new ArrayList<>();
        try {
            Optional<TimestampSource> timestamps = Optional.empty();
            if (asked.needsNetwork()) {
                timestamps = Optional.of(prepareTimestamps(plan));
            }
            Path signed = temporary(request, temporaries);
            SignResult result = signWithOneRetry(plan, source, signed, timestamps);
            Path last = signed;
            if (asked.atLeast(SignatureLevel.B_LT)) {
                last = temporary(request, temporaries);
                addValidationData(plan, result.fieldName(), timestamps.orElseThrow(), signed, last);
            }
            if (asked == SignatureLevel.B_LTA) {
                Path archived = temporary(request, temporaries);
                LongTermStages.writeDocumentTimestamp(
                        last,
                        archived,
                        request.password(),
                        timestamps.orElseThrow(),
                        FieldNames.TIMESTAMP,
                        asked,
                        SignatureLevel.B_LT);
                last = archived;
            }
            OutputFiles.publish(last, request.output(), request.overwrite());
            LOG.info("signed {} as {} ({}, {})", request.input(), request.output(), result.fieldName(), asked);
            return result;
        } finally {
            temporaries.forEach(OutputFiles::discard);
        }
    }

    private static Path temporary(SigningRequest request, List<Path> temporaries) {
        Path path = OutputFiles.temporaryFor(request.output());
        temporaries.add(path);
        return path;
    }

    /** Before the key is asked: the chain is not revoked (B-LT and up), a time-stamping server answers. */
    private TimestampSource prepareTimestamps(SigningPlan plan) throws SignerException {
        SigningRequest request = plan.request();
        SignatureLevel asked = request.level();
        stages.requireReachable(asked);
        List<X509Certificate> chain = plan.identity().chain();
        List<TimestampServer> servers =
                LongTermStages.servers(request.timestampServers(), TimestampDefaults.forChain(chain), asked);
        if (asked.atLeast(SignatureLevel.B_LT)) {
            stages.requireNotRevoked(chain, asked);
        }
        return stages.timestampSource(servers, asked, Optional.empty());
    }

    /** The certificates and revocation data of the signer's chain and the time-stamp's, in a DSS revision. */
    private void addValidationData(
            SigningPlan plan, String fieldName, TimestampSource timestamps, Path signed, Path target)
            throws SignerException {
        SignatureLevel asked = plan.request().level();
        List<X509Certificate> start = new ArrayList<>(plan.identity().chain());
        start.addAll(LongTermStages.certificates(timestamps));
        Instant stampedAt = timestamps.stamp().orElseThrow().time();
        ValidationData data = stages.collect(
                start, List.of(), certificate -> false, stampedAt, asked, Optional.of(SignatureLevel.B_T));
        LongTermStages.requireNoneRevoked(data, asked, Optional.of(SignatureLevel.B_T));
        LongTermStages.writeDss(
                signed, target, plan.request().password(), List.of(new LongTermStages.FieldData(fieldName, data)));
    }

    /**
     * Signs once with the reserve computed from the chain and the measured time-stamp size; if the
     * container still does not fit (a TSA whose tokens grew), signs once more with a larger reserve.
     */
    private SignResult signWithOneRetry(
            SigningPlan plan, SignatureValueSource source, Path temporary, Optional<TimestampSource> timestamps)
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
                        SignerError.FILE_ACCESS, "the signature does not fit the reserved space", again);
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
                    .setReason(request.reason())
                    .setLocation(request.location())
                    .setSignatureCreator(CREATOR)
                    .setClaimedSignDate(GregorianCalendar.from(now));
            UprightWidgetSigner signer = new UprightWidgetSigner(
                    reader, temporary.toString(), new StampingProperties().useAppendMode(), properties);
            PdfDocument document = signer.getDocument();
            OpenedPdf.checkSound(reader, request.input());
            String fieldName = FieldNames.next(document, fieldPrefix(request.appearance()));
            properties.setFieldName(fieldName);
            Optional<PdfFormXObject> appearance = draw(plan, document, now);
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
            if (e instanceof IOException && String.valueOf(e.getMessage()).contains("Not enough space")) {
                throw new SpaceShortfall(e);
            }
            throw new SignerException(SignerError.FILE_ACCESS, "cannot sign " + request.input(), e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static Optional<PdfFormXObject> draw(SigningPlan plan, PdfDocument document, ZonedDateTime now)
            throws SignerException {
        SigningRequest request = plan.request();
        SignProfile profile = request.profile();
        AppearanceTexts texts = new AppearanceTexts(profile, plan.identity().signer());
        Artwork artwork = new Artwork(document, Fonts.serif(), profile.watermark());
        Appearance appearance = request.appearance();
        Optional<Rect> rect = plan.signatureRect();
        if (appearance instanceof Appearance.Initials) {
            return InitialMarks.stamp(plan, document, artwork, texts, now);
        }
        if (rect.isEmpty()) {
            return Optional.empty();
        }
        float width = rect.get().width();
        float height = rect.get().height();
        if (appearance instanceof Appearance.Approval) {
            Optional<ImageData> image = optionalImage(profile.signatureImage(), "signature");
            return Optional.of(
                    image.isPresent()
                            ? artwork.image(width, height, image.get())
                            : artwork.text(width, height, List.of(texts.signerName(), texts.time(now)), false));
        }
        if (appearance instanceof Appearance.Issue) {
            ImageData seal = requiredImage(profile.sealImage(), "seal");
            float sealSize = Math.min(sealSize(profile), Math.min(height, width));
            return Optional.of(artwork.issue(width, height, texts.issue(now), seal, sealSize));
        }
        if (appearance instanceof Appearance.Annex annex) {
            return Optional.of(artwork.text(width, height, texts.annex(annex.documentNumber(), now), false));
        }
        if (appearance instanceof Appearance.Copy copy) {
            return Optional.of(artwork.text(width, height, texts.copy(copy.form(), now), false));
        }
        return Optional.empty();
    }

    static float sealSize(SignProfile profile) {
        return (float) profile.sealDiameterMm() * Layout.POINTS_PER_MM;
    }

    static Optional<ImageData> optionalImage(Optional<byte[]> bytes, String what) throws SignerException {
        return bytes.isPresent() ? Optional.of(Artwork.image(bytes.get(), what)) : Optional.empty();
    }

    static ImageData requiredImage(Optional<byte[]> bytes, String what) throws SignerException {
        if (bytes.isEmpty()) {
            throw new SignerException(SignerError.IMAGE_MISSING, "the " + what + " image is required");
        }
        return Artwork.image(bytes.get(), what);
    }

    private static String fieldPrefix(Appearance appearance) {
        if (appearance instanceof Appearance.Approval) {
            return FieldNames.APPROVAL;
        }
        if (appearance instanceof Appearance.Issue) {
            return FieldNames.ISSUE;
        }
        if (appearance instanceof Appearance.Annex) {
            return FieldNames.ANNEX;
        }
        if (appearance instanceof Appearance.Copy) {
            return FieldNames.COPY;
        }
        if (appearance instanceof Appearance.Initials) {
            return FieldNames.INITIALS;
        }
        return FieldNames.SIGNATURE;
    }

    private static void closeQuietly(PdfReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // The reader only read the input; nothing is lost.
        }
    }

    /** Lays out one request on the read-only document. */
    private static final class Planner {
        private final SigningRequest request;
        private final SignerIdentity identity;
        private final PdfDocument document;
        private final ZonedDateTime now;
        private final SignProfile profile;
        private final AppearanceTexts texts;
        private final Layout layout;
        private final PdfFont font = Fonts.serif();

        Planner(SigningRequest request, SignerIdentity identity, PdfDocument document, ZonedDateTime now) {
            this.request = request;
            this.identity = identity;
            this.document = document;
            this.now = now;
            this.profile = request.profile();
            this.texts = new AppearanceTexts(profile, identity.signer());
            this.layout = new Layout(document);
        }

        SigningPlan plan() throws SignerException {
            Appearance appearance = request.appearance();
            if (appearance instanceof Appearance.Approval approval) {
                return approval(approval.placement());
            }
            if (appearance instanceof Appearance.Issue issue) {
                return issue(issue.placement());
            }
            if (appearance instanceof Appearance.Annex annex) {
                return textBlock(annex.placement(), texts.annex(annex.documentNumber(), now));
            }
            if (appearance instanceof Appearance.Copy copy) {
                return textBlock(copy.placement(), texts.copy(copy.form(), now));
            }
            if (appearance instanceof Appearance.Initials initials) {
                Layout.InitialsSpots spots = InitialMarks.plan(document, layout, initials, font, profile, texts, now);
                return result(
                        spots.widget().map(Layout.Spot::page).orElse(0),
                        spots.widget().map(Layout.Spot::rect),
                        spots.marks(),
                        spots.notices());
            }
            return result(0, Optional.empty(), Map.of(), List.of());
        }

        private SigningPlan approval(Placement placement) throws SignerException {
            Optional<ImageData> image = optionalImage(profile.signatureImage(), "signature");
            if (placement instanceof Placement.Fixed fixed) {
                return visible(layout.fixed(fixed), List.of());
            }
            float aspect = image.map(data -> data.getWidth() / data.getHeight()).orElse(0f);
            return visible(layout.approval(texts.signerName(), profile.title(), aspect), List.of());
        }

        private SigningPlan issue(Placement placement) throws SignerException {
            requiredImage(profile.sealImage(), "seal");
            if (placement instanceof Placement.Fixed fixed) {
                List<SignNotice> notices = layout.lastApprovalSignature().isPresent()
                        ? List.of()
                        : List.of(new SignNotice(SignNotice.Kind.NO_APPROVAL_SIGNATURE, 0));
                return visible(layout.fixed(fixed), notices);
            }
            Layout.Spot approval = layout.lastApprovalSignature()
                    .orElseThrow(() -> new SignerException(
                            SignerError.PLACEMENT_NOT_FOUND,
                            "no approval signature to put the seal on: the competent person signs first"));
            List<String> lines = texts.issue(now);
            Rect rect = Layout.issueOver(
                    approval.rect(),
                    sealSize(profile),
                    Artwork.width(font, lines, Artwork.TEXT_SIZE),
                    Artwork.height(lines, Artwork.LEADING));
            return visible(new Layout.Spot(approval.page(), rect), List.of());
        }

        private SigningPlan textBlock(Placement placement, List<String> lines) throws SignerException {
            if (placement instanceof Placement.Fixed fixed) {
                return visible(layout.fixed(fixed), List.of());
            }
            float width = Artwork.width(font, lines, Artwork.TEXT_SIZE);
            float height = Artwork.height(lines, Artwork.LEADING);
            return visible(layout.topRightOfFirstPage(width, height), List.of());
        }

        private SigningPlan visible(Layout.Spot spot, List<SignNotice> notices) throws SignerException {
            return result(spot.page(), Optional.of(spot.rect()), Map.of(), notices);
        }

        private SigningPlan result(int page, Optional<Rect> rect, Map<Integer, Rect> marks, List<SignNotice> notices)
                throws SignerException {
            return new SigningPlan(request, identity, layout.pageCount(), page, rect, marks, notices);
        }
    }
}
