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
 * The check every signing test ends with: both independent validators, DSS and pdfsig, accept every
 * signature of the file as PAdES baseline B, and the newest one covers the whole document.
 */
public final class IndependentValidation {
    private IndependentValidation() {}

    /** What both validators said, for the checks a test adds. */
    public record Reports(List<DssValidation.Signature> dss, List<Pdfsig.Signature> pdfsig) {}

    public static Reports assertValid(Path pdf, TestPki pki, int signatures) {
        List<DssValidation.Signature> dss = DssValidation.validate(pdf, pki);
        assertThat(dss).hasSize(signatures).allSatisfy(s -> {
            assertThat(s.format()).as("%s", s).isEqualTo("PAdES-BASELINE-B");
            assertThat(s.indication()).as("%s", s).isEqualTo("TOTAL_PASSED");
        });
        List<Pdfsig.Signature> pdfsig = Pdfsig.validate(pdf, pki);
        assertThat(pdfsig).hasSize(signatures).allSatisfy(s -> {
            assertThat(s.valid()).as("%s", s).isTrue();
            assertThat(s.type()).as("%s", s).isEqualTo("ETSI.CAdES.detached");
        });
        assertThat(pdfsig).filteredOn(Pdfsig.Signature::totalDocumentSigned).hasSize(1);
        return new Reports(dss, pdfsig);
    }
}
