/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.TrustAnchors;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;
import org.vnsign.testsupport.validation.DssValidation;

/** Verifying test files: VNSign trusting only the test root, and what EU DSS says of the same file. */
final class VerifyFixture {
    private VerifyFixture() {}

    static TrustAnchors testRoot() {
        return TrustAnchors.none().plus(List.of(SigningFixture.pki().root()));
    }

    /** Offline: only what the file carries, and nothing cached. */
    static VerificationReport verify(Path pdf, Path dir) throws SignerException {
        return verify(VerifyRequest.of(pdf).withAnchors(testRoot()), dir);
    }

    static VerificationReport verify(VerifyRequest request, Path dir) throws SignerException {
        return DocumentVerifiers.create(Clock.systemUTC(), LongTermFixture.network(dir))
                .verify(request);
    }

    /** DSS's indication in VNSign's terms. */
    static Indication indication(DssValidation.Signature signature) {
        return switch (signature.indication()) {
            case "TOTAL_PASSED", "PASSED" -> Indication.VALID;
            case "TOTAL_FAILED", "FAILED" -> Indication.INVALID;
            default -> Indication.INDETERMINATE;
        };
    }
}
