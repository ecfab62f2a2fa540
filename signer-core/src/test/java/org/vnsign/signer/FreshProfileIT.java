/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;

/**
 * A leader on a fresh profile (nothing in Settings) approves a letter: the name and the title come
 * from the certificate (CN and the title attribute), and the approval is placed between them on the
 * first try (issue 21).
 */
class FreshProfileIT {
    @TempDir
    Path dir;

    @Test
    void theCertificatesNameAndTitlePlaceTheApprovalWithNothingInTheProfile() throws Exception {
        Path letter = new Decree30Pdf().write(dir.resolve("to-trinh.pdf"));
        DocumentSigner signer = SigningFixture.documentSigner();
        SigningRequest request = SigningRequest.of(
                letter, dir.resolve("out.pdf"), new Appearance.Approval(Placement.auto()), SignProfile.empty());

        SigningPlan plan = signer.plan(request, SigningFixture.signer(KeyProfile.RSA_2048));

        assertThat(plan.signatureRect()).as("placed without a profile").isPresent();
        assertThat(plan.signaturePage()).isEqualTo(plan.pageCount());
    }
}
