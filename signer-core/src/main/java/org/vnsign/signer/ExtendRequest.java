/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Raise the signatures already in a file to {@code level} (B-LT or B-LTA), in a new file.
 *
 * @param timestampServers the servers for the document time-stamps, in order of preference; with
 *     none, the default for the signers' certificates ({@link TimestampDefaults})
 */
public record ExtendRequest(
        Path input,
        Path output,
        boolean overwrite,
        Optional<char[]> password,
        SignatureLevel level,
        List<TimestampServer> timestampServers) {

    public ExtendRequest {
        timestampServers = List.copyOf(timestampServers);
        if (!level.atLeast(SignatureLevel.B_LT)) {
            throw new IllegalArgumentException("signatures are extended to B-LT or B-LTA, not " + level);
        }
    }

    public static ExtendRequest of(Path input, Path output, SignatureLevel level) {
        return new ExtendRequest(input, output, false, Optional.empty(), level, List.of());
    }

    public ExtendRequest forFile(Path otherInput, Path otherOutput) {
        return new ExtendRequest(otherInput, otherOutput, overwrite, password, level, timestampServers);
    }

    public ExtendRequest withOverwrite(boolean value) {
        return new ExtendRequest(input, output, value, password, level, timestampServers);
    }

    public ExtendRequest withPassword(char[] value) {
        return new ExtendRequest(input, output, overwrite, Optional.of(value), level, timestampServers);
    }

    public ExtendRequest withTimestampServers(List<TimestampServer> servers) {
        return new ExtendRequest(input, output, overwrite, password, level, servers);
    }
}
