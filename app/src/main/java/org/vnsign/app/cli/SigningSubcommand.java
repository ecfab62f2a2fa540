/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vnsign.app.errors.ErrorTexts;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.qlvb.Destination;
import org.vnsign.app.qlvb.ServerTrust;
import org.vnsign.app.settings.SettingsStore;
import org.vnsign.app.signing.CertificateChoice;
import org.vnsign.app.signing.Profiles;
import org.vnsign.app.signing.ReadySigner;
import org.vnsign.app.signing.SignedDocument;
import org.vnsign.app.signing.SigningOptions;
import org.vnsign.app.signing.SigningUseCase;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.HashAlgorithm;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningRequest;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.PinCallback;
import org.vnsign.token.SourceReport;
import org.vnsign.token.Token;
import org.vnsign.token.TokenCertificate;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenException;
import org.vnsign.token.TokenProviders;
import org.vnsign.token.pkcs12.Pkcs12TokenProvider;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code sign} and {@code initial} share: a batch of files, one key, one login. Every file is
 * checked before the token is opened (a refused file costs no PIN), then signed one by one; a
 * failure in one file is reported and the others go on. A token failure (wrong PIN, token pulled)
 * ends the batch, because repeating it would only lock the token.
 */
abstract class SigningSubcommand extends TokenSubcommand {
    @Mixin
    FileOptions fileOptions;

    @Option(names = "--pkcs12", paramLabel = "FILE", description = "Sign with a .p12/.pfx file instead of a token.")
    Path pkcs12;

    @Option(names = "--token", paramLabel = "LABEL|SERIAL", description = "Which token, when several are present.")
    String token;

    @Option(
            names = "--cert",
            paramLabel = "SHA256-PREFIX",
            description = "Which certificate: the start of its SHA-256 fingerprint (see 'vnsign certs').")
    String certificate;

    @Mixin
    PinOptions pinOptions;

    @Mixin
    TrustOptions trustOptions = new TrustOptions();

    @Option(names = "--hash", paramLabel = "SHA256|SHA384|SHA512", description = "Digest (default: SHA256).")
    HashAlgorithm hash = HashAlgorithm.SHA256;

    @Option(names = "--pss", description = "Sign RSA keys with RSASSA-PSS instead of PKCS#1 v1.5.")
    boolean pss;

    @CommandLine.ArgGroup(exclusive = false, heading = "%nLong-term signatures / Chữ ký dài hạn:%n")
    LongTermOptions longTerm = new LongTermOptions();

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            description = "Who signs, as in the app's settings.json (name, title, agency, images, time format);"
                    + " the options given here override it.")
    Path profileFile;

    @Option(
            names = "--upload",
            paramLabel = "URL",
            description = "Upload each signed file to this QLVB FileUploadHandler (VGCA convention, part"
                    + " 'uploadfile'); it waits in the outbox until the server accepts it.")
    String upload;

    @Option(
            names = "--upload-token",
            paramLabel = "TOKEN",
            description = "Bearer token for --upload, when the server does not take it in the URL.")
    String uploadToken = "";

    @Option(
            names = "--upload-ca",
            paramLabel = "FILE",
            description = "A CA certificate (PEM or DER) trusted for the --upload server beside Java's own,"
                    + " for QLVB servers behind an agency's internal CA.")
    Path uploadCa;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Reason stored in the signature.")
    String reason = "";

    @Option(names = "--location", paramLabel = "TEXT", description = "Location stored in the signature.")
    String location = "";

    /** A bad --upload-ca is found before anything is signed, not after. */
    private void requireUsableCa(Messages messages) {
        if (uploadCa == null) {
            return;
        }
        try {
            ServerTrust.withExtraCa(uploadCa);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), messages.get("upload.badCa", uploadCa.toString(), e.getMessage()));
        }
    }

    /** What to draw: the subcommand's appearance options. */
    abstract Appearance appearance();

    /** The profile the appearance prints, from the subcommand's options. */
    abstract SignProfile profile();

    /** {@link OutputFiles#SIGNED} or {@link OutputFiles#INITIALED}. */
    abstract String outputSuffix();

    @Override
    public Integer call() throws TokenException {
        Messages messages = messages();
        fileOptions.requireOutFolder(messages, spec.commandLine());
        requireUsableCa(messages);
        SigningRequest template = template();
        TrustAnchors anchors = trustOptions.anchors(messages, spec.commandLine());
        SigningUseCase signing = SigningUseCase.standard(Clock.systemUTC(), longTerm.network());
        Batch batch = new Batch(messages);
        List<SigningRequest> checked = new ArrayList<>();
        for (Path file : fileOptions.files) {
            SigningRequest request = template.forFile(file, fileOptions.output(file, outputSuffix()));
            try {
                signing.checkDocument(request);
                checked.add(request);
            } catch (SignerException e) {
                batch.failed(request, e);
            }
        }
        if (!checked.isEmpty()) {
            try {
                signAll(
                        signing,
                        new SigningOptions(hash, pss, template.level(), anchors, !longTerm.offline, false),
                        checked,
                        batch);
            } catch (TokenException e) {
                batch.print(out(), json);
                throw e;
            }
        }
        if (upload != null) {
            batch.upload(
                    Destination.vgca(
                            upload,
                            uploadToken,
                            uploadCa == null ? "" : uploadCa.toAbsolutePath().toString()),
                    SendOrQueue.standard());
        }
        batch.print(out(), json);
        return batch.exitCode();
    }

    private void signAll(SigningUseCase signing, SigningOptions options, List<SigningRequest> requests, Batch batch)
            throws TokenException {
        PinCallback pins = pinOptions.callback(messages(), spec.commandLine());
        TokenProviders providers = TokenProviders.installed();
        TokenDescriptor chosenToken = TokenProviders.select(discover(providers), token);
        try (Token opened = providers.open(chosenToken)) {
            try {
                opened.login(pins);
            } catch (TokenException e) {
                requests.forEach(request -> batch.stopped(request, e));
                throw e;
            }
            TokenCertificate chosen = choose(opened.certificates())
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(), messages().get("sign.chooseCert")));
            ReadySigner ready;
            try {
                ready = signing.prepareSigner(chosen, options);
            } catch (SignerException e) {
                requests.forEach(request -> batch.failed(request, e));
                return;
            }
            for (int i = 0; i < requests.size(); i++) {
                SigningRequest request = requests.get(i);
                try {
                    batch.signed(signing.sign(signing.plan(request, ready), ready, opened, pins));
                } catch (SignerException e) {
                    Optional<TokenException> tokenFailure = ErrorTexts.tokenFailure(e);
                    if (tokenFailure.isPresent()) {
                        requests.subList(i, requests.size()).forEach(r -> batch.stopped(r, tokenFailure.get()));
                        throw tokenFailure.get();
                    }
                    batch.failed(request, e);
                }
            }
        }
    }

    /**
     * The certificate {@code --cert} names, or the only one that can sign; with several and a
     * terminal, the user picks one from a list. Never a guess.
     */
    private Optional<TokenCertificate> choose(List<TokenCertificate> certificates) {
        Instant now = Instant.now();
        Optional<TokenCertificate> chosen = CertificateChoice.choose(certificates, certificate, now);
        List<TokenCertificate> candidates = CertificateChoice.usableForSigning(certificates, now);
        Console console = System.console();
        if (chosen.isPresent() || certificate != null || candidates.size() < 2 || console == null) {
            return chosen;
        }
        return CertificatePrompt.ask(candidates, console.reader(), console.writer(), messages());
    }

    /**
     * The tokens to choose from; with {@code --pkcs12}, only that file, through the same discovery
     * (a missing file is reported like an absent token, and no Windows store competes with it).
     */
    private List<SourceReport> discover(TokenProviders providers) {
        if (pkcs12 == null) {
            return providers.discover(moduleOptions.discoveryOptions());
        }
        return new Pkcs12TokenProvider()
                .discover(DiscoveryOptions.onlyModules(List.of()).withPkcs12Files(List.of(pkcs12)));
    }

    /** What every file of the batch shares: appearance, profile (images read once), password, reason. */
    private SigningRequest template() {
        Optional<char[]> password = fileOptions.password(messages(), spec.commandLine());
        Path none = Path.of("");
        SignatureLevel level = longTerm.level(SignatureLevel.B_B, messages(), spec.commandLine());
        longTerm.requireConsistent(level, messages(), spec.commandLine());
        return new SigningRequest(
                none,
                none,
                fileOptions.overwrite,
                password,
                appearance(),
                profile(),
                reason,
                location,
                level,
                longTerm.servers(messages(), spec.commandLine()));
    }

    /** The profile of {@code --profile}, or an empty one; the subcommand's options then override it. */
    SignProfile baseProfile() {
        if (profileFile == null) {
            return SignProfile.empty();
        }
        try {
            return Profiles.of(SettingsStore.read(profileFile), Optional.empty());
        } catch (IOException | RuntimeException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    messages().get("sign.profileUnreadable", profileFile.toString(), e.getMessage()));
        }
    }

    /** Reads an image option's file, with a clear message when it cannot. */
    byte[] read(Path image) {
        try {
            return Files.readAllBytes(image);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), messages().get("sign.imageUnreadable", image.toString()));
        }
    }

    /** Results of one batch, printed as text lines or JSON. */
    static final class Batch {
        private final Messages messages;
        private final List<JsonViews.SignedFile> results = new ArrayList<>();
        private final Failures.Tally tally = new Failures.Tally();

        Batch(Messages messages) {
            this.messages = messages;
        }

        void signed(SignedDocument signed) {
            results.add(JsonViews.SignedFile.signed(signed));
        }

        void failed(SigningRequest request, SignerException error) {
            tally.failed(error);
            results.add(JsonViews.SignedFile.failed(request, error, Failures.message(messages, error)));
        }

        /** A file left unsigned because the token failed and the batch stopped. */
        void stopped(SigningRequest request, TokenException cause) {
            results.add(
                    JsonViews.SignedFile.notSigned(request, cause.code().name(), messages.get("sign.batchStopped")));
        }

        /**
         * Puts every signed file in the outbox, then tries to upload it: delivered files leave the
         * outbox, the others stay there for {@code vnsign outbox --retry}.
         */
        void upload(Destination destination, SendOrQueue outboxes) {
            for (int i = 0; i < results.size(); i++) {
                JsonViews.SignedFile file = results.get(i);
                if (file.status().equals(JsonViews.SignedFile.SIGNED)) {
                    results.set(i, file.withUpload(outboxes.send(Path.of(file.output()), destination)));
                    if (!results.get(i).upload().status().equals(JsonViews.Upload.DELIVERED)) {
                        tally.serverFailed();
                    }
                }
            }
        }

        void print(PrintWriter out, boolean json) {
            if (json) {
                out.println(JsonViews.toJson(new JsonViews.SignedFiles(results)));
                return;
            }
            for (JsonViews.SignedFile file : results) {
                if (file.status().equals(JsonViews.SignedFile.SIGNED)) {
                    out.println(messages.get(
                            "sign.ok", file.input(), file.output(), String.valueOf(file.page()), file.level()));
                    SigningNotes.of(messages, file.check()).forEach(out::println);
                    if (file.upload() != null) {
                        out.println(SendOrQueue.describe(messages, file.upload()));
                    }
                } else {
                    out.println(messages.get("sign.failed", file.input(), file.error(), file.message()));
                }
            }
        }

        int exitCode() {
            return tally.exitCode();
        }
    }
}
