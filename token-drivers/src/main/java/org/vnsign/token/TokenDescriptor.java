/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.Set;

/**
 * A token found in a slot, as its driver describes it. Enough to show it in a list and to open it
 * again later with {@link TokenProvider#open(TokenDescriptor)}.
 *
 * @param kind the provider's {@link TokenProvider#kind()}
 * @param location module path or key-store file
 * @param slotId the PKCS#11 slot ID (0 for single-slot sources)
 * @param label token label
 * @param manufacturer token manufacturer
 * @param model token model
 * @param serialNumber token serial number
 * @param pinFlags PIN state from the token flags
 * @param protectedAuthenticationPath the PIN is entered on a PIN pad, not typed into VNSign
 * @param loginRequired the token needs a PIN before it signs
 */
public record TokenDescriptor(
        String kind,
        String location,
        long slotId,
        String label,
        String manufacturer,
        String model,
        String serialNumber,
        Set<PinFlag> pinFlags,
        boolean protectedAuthenticationPath,
        boolean loginRequired) {
    public TokenDescriptor {
        pinFlags = Set.copyOf(pinFlags);
    }

    /** True when the label or the serial number equals {@code labelOrSerial} (surrounding blanks ignored). */
    public boolean matches(String labelOrSerial) {
        String wanted = labelOrSerial.strip();
        return label.strip().equals(wanted) || serialNumber.strip().equalsIgnoreCase(wanted);
    }

    /** Identity of the physical token across probes: module, slot and serial number. */
    public String identity() {
        return kind + ":" + location + "#" + slotId + "/" + serialNumber;
    }
}
