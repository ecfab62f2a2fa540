/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.vnsign.app.i18n.Messages;

/** The pre-signing check's findings a person should read after "signed": said plainly, one line each. */
final class SigningNotes {
    private SigningNotes() {}

    static List<String> of(Messages messages, JsonViews.Check check) {
        List<String> lines = new ArrayList<>();
        if (check == null) {
            return lines;
        }
        switch (check.revocation()) {
            case "NOT_CHECKED" -> lines.add(messages.get("check.revocationNotChecked", check.revocationDetail()));
            case "EXEMPT" -> lines.add(messages.get("check.demo"));
            default -> {}
        }
        for (String url : check.fetched()) {
            lines.add(messages.get("check.fetched", url));
        }
        return lines;
    }
}
