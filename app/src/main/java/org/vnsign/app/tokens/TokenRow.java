/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.tokens;

/**
 * A token as the list shows it.
 *
 * @param id the token's identity across probes
 * @param label the token's label, or the demo token's warning
 * @param detail manufacturer, model and serial number
 * @param state ready, PIN count low, locked, ... in words
 * @param usable whether signing can be tried (not locked, not uninitialised)
 * @param demo whether this is the demo token
 */
public record TokenRow(String id, String label, String detail, String state, boolean usable, boolean demo) {
    @Override
    public String toString() {
        return label + " — " + state;
    }
}
