/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.vnsign.app.demo.DemoToken;
import org.vnsign.app.demo.LazyDemoToken;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.signing.OutputNames;
import org.vnsign.app.signing.Profiles;
import org.vnsign.app.signing.ReadySigner;
import org.vnsign.app.signing.SigningOptions;
import org.vnsign.app.signing.SigningUseCase;
import org.vnsign.app.tokens.TokensViewModel;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.HashAlgorithm;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignatureKind;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningPlan;
import org.vnsign.signer.SigningRequest;

/**
 * Everything before the token is used, off the UI thread: the profile (with the demo token's
 * images and watermark when it signs), the request with a free output name next to the input, the
 * pre-signing check of the chosen certificate (through the {@link SigningUseCase} the CLI uses too),
 * and the plan, which checks the document and places the appearance without a PIN. The same
 * preparation serves the live preview and the signing, so what is previewed is what is signed.
 */
final class SigningPreparation {
    /** A plan, the checked signer it was made for, and the profile it prints. */
    record Prepared(SigningPlan plan, ReadySigner signer, SignProfile profile) {
        /** The image the action's appearance shows, for the preview. */
        Optional<byte[]> image(SignatureKind action) {
            return switch (action) {
                case APPROVAL -> profile.signatureImage();
                case ISSUE -> profile.sealImage();
                case INITIALS -> profile.initialImage();
                case ANNEX, COPY, INCOMING, COMMENT, INVISIBLE -> Optional.empty();
            };
        }
    }

    private final SigningUseCase signing;
    private final LazyDemoToken demo;

    SigningPreparation(SigningUseCase signing, LazyDemoToken demo) {
        this.signing = signing;
        this.demo = demo;
    }

    /**
     * The plan of a preview before login: the marks and the box placed with the DEMO certificate
     * standing in for the user's (its name only when Settings name nobody), the user's own images.
     * Empty when there is no DEMO token to stand in; nothing here can sign.
     */
    Optional<SigningPlan> previewBeforeLogin(
            Path input, SignatureKind action, char[] password, Appearance appearance, Settings settings)
            throws IOException, SignerException {
        Optional<DemoToken> standIn = demo.get();
        if (standIn.isEmpty()) {
            return Optional.empty();
        }
        SigningRequest request = request(
                input,
                action,
                password,
                appearance,
                Profiles.of(settings, Optional.empty()),
                settings,
                Optional.empty());
        return Optional.of(signing.previewPlan(request, standIn.get().chain()));
    }

    Prepared prepare(
            Path input,
            SignatureKind action,
            char[] password,
            Appearance appearance,
            Settings settings,
            TokensViewModel.Chosen chosen,
            Optional<Path> output)
            throws IOException, SignerException {
        Optional<DemoToken> demoToken = chosen.demo() ? demo.get() : Optional.empty();
        SignProfile profile = Profiles.of(settings, demoToken);
        SigningRequest request = request(input, action, password, appearance, profile, settings, output);
        SigningOptions options = new SigningOptions(
                HashAlgorithm.SHA256,
                settings.pss(),
                request.level(),
                TrustFromSettings.of(settings, demo),
                true,
                chosen.demo());
        ReadySigner ready = signing.prepareSigner(chosen.certificate(), options);
        return new Prepared(signing.plan(request, ready), ready, profile);
    }

    /**
     * The chosen certificate checked before it signs something that is not a PDF (a page's digest):
     * the same pre-signing check, at B-B.
     */
    ReadySigner checkSigner(Settings settings, TokensViewModel.Chosen chosen) throws SignerException {
        return signing.prepareSigner(
                chosen.certificate(),
                new SigningOptions(
                        HashAlgorithm.SHA256,
                        false,
                        SignatureLevel.B_B,
                        TrustFromSettings.of(settings, demo),
                        true,
                        chosen.demo()));
    }

    /** The request for the screen's choices, written next to the input under a free name unless {@code output} says where. */
    private static SigningRequest request(
            Path input,
            SignatureKind action,
            char[] password,
            Appearance appearance,
            SignProfile profile,
            Settings settings,
            Optional<Path> output) {
        return RequestFromScreen.request(
                input,
                output.orElseGet(() ->
                        OutputNames.free(input, RequestFromScreen.suffix(action), settings.outputFolderFor(input))),
                password,
                appearance,
                profile,
                settings);
    }
}
