/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.validation.LongTermValidation;

/**
 * Every level above B-B for every appearance kind, with the loopback time-stamping, OCSP and CRL
 * servers, judged by EU DSS trusting only the test root and given nothing but the file.
 */
class LongTermSigningIT {
    @TempDir
    Path dir;

    static Stream<Arguments> levelsAndKinds() {
        return Stream.of(SignatureLevel.B_T, SignatureLevel.B_LT, SignatureLevel.B_LTA)
                .flatMap(level -> LongTermFixture.KINDS.stream().map(kind -> Arguments.of(level, kind)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("levelsAndKinds")
    void eachLevelForEachKindPassesDssOfflineWithOnlyTheRootTrusted(SignatureLevel level, String kind)
            throws Exception {
        LongTermFixture.Signing signing = LongTermFixture.signing(dir, kind);
        Path input = new Decree30Pdf().pages(3).write(dir.resolve("in.pdf"));
        SigningRequest request = SigningRequest.of(
                        input, dir.resolve("out.pdf"), signing.appearance(), signing.profile())
                .withLevel(level, List.of(LongTermFixture.tsa()));
        DocumentSigner signer = LongTermFixture.signer(dir);

        SignResult result = SigningFixture.sign(signer, request, signing.key());

        assertThat(result.level()).isEqualTo(level);
        LongTermValidation.assertLevel(result.output(), SigningFixture.pki(), level.label(), 1);
    }
}
