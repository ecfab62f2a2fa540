/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.softhsm;

import java.util.List;
import org.vnsign.testsupport.pki.TestIdentity;

/**
 * A SoftHSM2 token made for the tests.
 *
 * @param label token label
 * @param pin user PIN
 * @param slotId slot SoftHSM2 assigned, or -1 if it did not say
 * @param serialNumber serial number as {@code softhsm2-util --show-slots} lists it
 * @param identities keys and certificates imported, each under {@link TestIdentity#tokenId()}
 */
public record TestToken(String label, String pin, long slotId, String serialNumber, List<TestIdentity> identities) {
    public TestToken {
        identities = List.copyOf(identities);
    }
}
