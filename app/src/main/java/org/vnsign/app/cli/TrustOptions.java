/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.verify.TrustAnchors;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The anchors a command trusts: the Vietnamese ones built in, plus {@code --trust}, minus
 * {@code --distrust}. Shared by {@code verify} (whose signatures must reach them) and by {@code
 * sign} and {@code initial} (whose signer must reach them before anything is signed).
 */
final class TrustOptions {
    @Option(
            names = "--trust",
            paramLabel = "CERT|DIR",
            description = "Also trust this certificate (PEM or DER) or every certificate in this folder.")
    List<Path> trust = new ArrayList<>();

    @Option(
            names = "--distrust",
            paramLabel = "SHA256",
            description = "Stop trusting the built-in anchor with this SHA-256 fingerprint.")
    List<String> distrust = new ArrayList<>();

    /** The anchors; an unreadable {@code --trust} file is a usage error naming the file. */
    TrustAnchors anchors(Messages messages, CommandLine commandLine) {
        TrustAnchors anchors = TrustAnchors.vietnamese();
        for (String fingerprint : distrust) {
            anchors = anchors.minus(fingerprint);
        }
        for (Path source : trust) {
            try {
                anchors = anchors.plus(TrustAnchors.read(source));
            } catch (SignerException e) {
                throw new CommandLine.ParameterException(
                        commandLine, messages.get("verify.trustUnreadable", source, e.getMessage()));
            }
        }
        return anchors;
    }
}
