/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.vnsign.testsupport.pki.TestPki;

/**
 * The check every long-term test ends with: EU DSS, trusting only the test root, judges each
 * signature at the level asked with TOTAL_PASSED, and pdfsig finds every signature and document
 * time-stamp valid. For B-LT and B-LTA DSS is given nothing but the file, so it must find all the
 * validation data inside; a B-T file by definition carries none, so DSS gets the PKI's CRLs for it.
 */
public final class LongTermValidation {
    private LongTermValidation() {}

    /**
     * @param level {@code B-T}, {@code B-LT} or {@code B-LTA}
     * @param signatures how many signatures (not document time-stamps) the file holds
     */
    public static List<DssValidation.Signature> assertLevel(Path pdf, TestPki pki, String level, int signatures) {
        List<DssValidation.Signature> dss = level.equals("B-T")
                ? DssValidation.validate(pdf, pki)
                : DssValidation.validateWithFileDataOnly(pdf, pki);
        assertThat(dss).hasSize(signatures).allSatisfy(s -> {
            assertThat(s.format()).as("%s", s).isEqualTo("PAdES-BASELINE-" + level.substring(2));
            assertThat(s.indication()).as("%s", s).isEqualTo("TOTAL_PASSED");
        });
        // poppler verifies CMS signatures but not RFC 3161 document time-stamps (type "unknown").
        List<Pdfsig.Signature> pdfsig = Pdfsig.validate(pdf, pki).stream()
                .filter(s -> !s.type().equals("unknown"))
                .toList();
        assertThat(pdfsig)
                .hasSize(signatures)
                .allSatisfy(s -> assertThat(s.valid()).as("%s", s).isTrue());
        return dss;
    }
}
