/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.nio.file.Path;
import java.util.List;

/**
 * An extended file.
 *
 * @param output the file written
 * @param level the level every signature in it now has
 * @param signatures the signature and time-stamp fields the file held before
 * @param added what the new revisions hold, for the user: the document time-stamp fields added and
 *     whether validation data was added
 */
public record ExtendResult(Path output, SignatureLevel level, List<String> signatures, List<String> added) {
    public ExtendResult {
        signatures = List.copyOf(signatures);
        added = List.copyOf(added);
    }
}
