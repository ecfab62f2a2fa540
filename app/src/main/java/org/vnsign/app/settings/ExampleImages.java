/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import java.nio.file.Path;
import java.util.Optional;

/** Example images for the signature, the seal and the initial (the DEMO token's), shown in Settings. */
public record ExampleImages(Optional<Path> signature, Optional<Path> seal, Optional<Path> initial) {
    public static ExampleImages none() {
        return new ExampleImages(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
