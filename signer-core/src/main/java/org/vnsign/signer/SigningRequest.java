/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.nio.file.Path;
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
        String location) {

    /** A request without password, reason or location. */
    public static SigningRequest of(Path input, Path output, Appearance appearance, SignProfile profile) {
        return new SigningRequest(input, output, false, Optional.empty(), appearance, profile, "", "");
    }

    /** The same request for another file: what a batch shares, with each file's input and output. */
    public SigningRequest forFile(Path otherInput, Path otherOutput) {
        return new SigningRequest(otherInput, otherOutput, overwrite, password, appearance, profile, reason, location);
    }

    public SigningRequest withOverwrite(boolean value) {
        return new SigningRequest(input, output, value, password, appearance, profile, reason, location);
    }

    public SigningRequest withPassword(char[] value) {
        return new SigningRequest(input, output, overwrite, Optional.of(value), appearance, profile, reason, location);
    }

    public SigningRequest withReason(String value) {
        return new SigningRequest(input, output, overwrite, password, appearance, profile, value, location);
    }

    public SigningRequest withLocation(String value) {
        return new SigningRequest(input, output, overwrite, password, appearance, profile, reason, value);
    }
}
