/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
        return new SigningRequest(
                otherInput,
                otherOutput,
                overwrite,
                password,
                appearance,
                profile,
                reason,
                location,
                level,
                timestampServers);
    }

    public SigningRequest withOverwrite(boolean value) {
        return new SigningRequest(
                input, output, value, password, appearance, profile, reason, location, level, timestampServers);
    }

    public SigningRequest withPassword(char[] value) {
        return new SigningRequest(
                input,
                output,
                overwrite,
                Optional.of(value),
                appearance,
                profile,
                reason,
                location,
                level,
                timestampServers);
    }

    public SigningRequest withReason(String value) {
        return new SigningRequest(
                input, output, overwrite, password, appearance, profile, value, location, level, timestampServers);
    }

    public SigningRequest withLocation(String value) {
        return new SigningRequest(
                input, output, overwrite, password, appearance, profile, reason, value, level, timestampServers);
    }

    /**
     * The PAdES level to reach and the time-stamping servers to ask, in order of preference; with
     * none, the default for the signer's certificate ({@link TimestampDefaults}).
     */
    public SigningRequest withLevel(SignatureLevel value, List<TimestampServer> servers) {
        return new SigningRequest(
                input, output, overwrite, password, appearance, profile, reason, location, value, servers);
    }
}
