/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vnsign.signer.verify.CertificateSummary;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestPki;

/** The certificate names a report shows read as people read them: no OID and hex dump for the title (issue 21). */
class CertificateSummariesTest {
    @Test
    void theTitleAndTheIdentityNumberAreNamedAndReadable() {
        KeyProfile profile = KeyProfile.RSA_2048;
        CertificateSummary summary =
                CertificateSummaries.of(TestPki.generate().identity(profile).certificate());

        assertThat(summary.subject())
                .contains("T=" + profile.title())
                .contains("UID=" + profile.uid())
                .doesNotContain("2.5.4.12")
                .doesNotContain("=#");
        assertThat(summary.commonName()).isEqualTo(profile.commonName());
    }
}
