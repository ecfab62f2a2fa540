/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.vnsign.signer.Appearance;
import org.vnsign.signer.Corner;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.PageSelection;
import org.vnsign.signer.SignProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "initial",
        mixinStandardHelpOptions = true,
        description = {
            "Ký tắt điện tử từng trang dự thảo: một dấu ký tắt mỗi trang, một chữ ký số duy nhất.",
            "Initial a draft page by page: a mark on every page, one digital signature over all of them."
        })
final class InitialCommand extends SigningSubcommand {
    @Option(names = "--pages", paramLabel = "all|1-3,7", description = "Pages to mark (default: all).")
    String pages = "all";

    @Option(
            names = "--corner",
            paramLabel = "bottom-right|bottom-left|top-right|top-left",
            description = "Corner of the mark (default: bottom-right); it moves off any text.")
    String corner = "bottom-right";

    @Option(names = "--image", paramLabel = "PNG", description = "Initial image (blue, transparent).")
    Path image;

    @Option(names = "--name", paramLabel = "TEXT", description = "Name on the mark (default: certificate).")
    String name = "";

    @Override
    Appearance appearance() {
        try {
            Corner chosen =
                    Corner.valueOf(corner.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            return new Appearance.Initials(PageSelection.parse(pages), chosen);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), messages().get("sign.badPages", pages + " " + corner));
        }
    }

    @Override
    SignProfile profile() {
        SignProfile profile = baseProfile();
        if (!name.isBlank()) {
            profile = profile.withName(name);
        }
        return image == null ? profile : profile.withInitialImage(read(image));
    }

    @Override
    String outputSuffix() {
        return OutputFiles.INITIALED;
    }
}
