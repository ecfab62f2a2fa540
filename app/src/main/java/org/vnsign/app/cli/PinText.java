/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.util.Set;
import java.util.stream.Collectors;
import org.vnsign.app.i18n.Messages;
import org.vnsign.token.PinFlag;

/** A token's PIN state in words. */
final class PinText {
    private PinText() {}

    static String describe(Set<PinFlag> flags, Messages messages) {
        if (flags.isEmpty()) {
            return messages.get("pin.state.ok");
        }
        return flags.stream()
                .sorted()
                .map(flag -> messages.get("pin.state." + flag.name()))
                .collect(Collectors.joining("; "));
    }
}
