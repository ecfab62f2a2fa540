/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vnsign.app.demo.DemoToken;
import org.vnsign.app.settings.Settings;
import org.vnsign.signer.SignProfile;

/**
 * The profile a signature prints, from the user's settings (the app's settings file, or a file
 * given to the command line with {@code --profile}). With the demo token, the demo images fill
 * what the user has not set, and the DEMO watermark is always stamped.
 */
public final class Profiles {
    private Profiles() {}

    /** @throws IOException when an image the settings name cannot be read */
    public static SignProfile of(Settings settings, Optional<DemoToken> demo) throws IOException {
        SignProfile profile = SignProfile.empty()
                .withName(settings.name())
                .withTitle(settings.title())
                .withAgency(settings.agency())
                .withTimePattern(settings.timePattern());
        Optional<byte[]> signature = read(settings.signatureImage());
        Optional<byte[]> seal = read(settings.sealImage());
        Optional<byte[]> initial = read(settings.initialImage());
        if (demo.isPresent()) {
            DemoToken token = demo.get();
            signature = signature.or(() -> readQuietly(token.signatureImage()));
            seal = seal.or(() -> readQuietly(token.sealImage()));
            initial = initial.or(() -> readQuietly(token.initialImage()));
            profile = profile.withWatermark(DemoToken.WATERMARK);
        }
        if (signature.isPresent()) {
            profile = profile.withSignatureImage(signature.get());
        }
        if (seal.isPresent()) {
            profile = profile.withSealImage(seal.get());
        }
        if (initial.isPresent()) {
            profile = profile.withInitialImage(initial.get());
        }
        return profile;
    }

    private static Optional<byte[]> read(String path) throws IOException {
        return path.isBlank() ? Optional.empty() : Optional.of(Files.readAllBytes(Path.of(path)));
    }

    private static Optional<byte[]> readQuietly(Path path) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
