/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One file to sign.
 *
 * @param input the PDF; never modified
 * @param output where the signed PDF goes; written atomically, never the input
 * @param overwrite whether an existing output may be replaced
 * @param password the PDF's password, for encrypted files; cleared by the caller after signing
 * @param appearance what to draw
 * @param profile who is shown
 * @param reason the signature dictionary's /Reason, empty for none
 * @param location the signature dictionary's /Location, empty for none
 */
public record SigningRequest(
        Path input,
        Path output,
        boolean overwrite,
        Optional<char[]> password,
        Appearance appearance,
        SignProfile profile,
        String reason,
        String location,
        SignatureLevel level,
        List<TimestampServer> timestampServers) {

    public SigningRequest {
        timestampServers = List.copyOf(timestampServers);
    }

    /** A request without password, reason or location. */
    public static SigningRequest of(Path input, Path output, Appearance appearance, SignProfile profile) {
        return new SigningRequest(
                input, output, false, Optional.empty(), appearance, profile, "", "", SignatureLevel.B_B, List.of());
    }

    /** The same request for another file: what a batch shares, with each file's input and output. */
    public SigningRequest forFile(Path otherInput, Path otherOutput) {
        return edit(draft -> {
            draft.input = otherInput;
            draft.output = otherOutput;
        });
    }

    public SigningRequest withOverwrite(boolean value) {
        return edit(draft -> draft.overwrite = value);
    }

    public SigningRequest withPassword(char[] value) {
        return edit(draft -> draft.password = Optional.of(value));
    }

    public SigningRequest withReason(String value) {
        return edit(draft -> draft.reason = value);
    }

    public SigningRequest withLocation(String value) {
        return edit(draft -> draft.location = value);
    }

    /**
     * The PAdES level to reach and the time-stamping servers to ask, in order of preference; with
     * none, the default for the signer's certificate ({@link TimestampDefaults}).
     */
    public SigningRequest withLevel(SignatureLevel value, List<TimestampServer> servers) {
        return edit(draft -> {
            draft.level = value;
            draft.timestampServers = servers;
        });
    }

    /** Every wither copies through one mutable draft, so no wither repeats the ten components. */
    private SigningRequest edit(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    private static final class Draft {
        Path input;
        Path output;
        boolean overwrite;
        Optional<char[]> password;
        Appearance appearance;
        SignProfile profile;
        String reason;
        String location;
        SignatureLevel level;
        List<TimestampServer> timestampServers;

        Draft(SigningRequest from) {
            input = from.input;
            output = from.output;
            overwrite = from.overwrite;
            password = from.password;
            appearance = from.appearance;
            profile = from.profile;
            reason = from.reason;
            location = from.location;
            level = from.level;
            timestampServers = from.timestampServers;
        }

        SigningRequest build() {
            return new SigningRequest(
                    input, output, overwrite, password, appearance, profile, reason, location, level, timestampServers);
        }
    }
}
