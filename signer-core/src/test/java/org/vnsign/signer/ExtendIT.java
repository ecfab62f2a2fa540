/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.itextpdf.signatures.AccessPermissions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.validation.LongTermValidation;

/** {@code extend}: B-B files, ours and EU DSS's, raised to B-LT and B-LTA with every signature still valid. */
class ExtendIT {
    @TempDir
    Path dir;

    @Test
    void aVnsignBbFileBecomesLtThenLtaAndRenewsItsArchiveTimestamp() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        Path signed = approveAtBb(input, dir.resolve("signed.pdf"));
        DocumentExtender extender = LongTermFixture.extender(dir);

        ExtendResult lt = extender.extend(request(signed, "lt.pdf", SignatureLevel.B_LT));
        // The archive time-stamp must come later than the LT data (both count whole seconds), so its
        // renewal needs fresh data: what the LT step fetched proves nothing about that later time.
        // The OCSP responder and the TSA are real servers on the wall clock, so the test waits for
        // the clock's next second to begin (a condition, not a fixed sleep).
        awaitNextSecond();
        ExtendResult lta = extender.extend(request(lt.output(), "lta.pdf", SignatureLevel.B_LTA));
        ExtendResult renewed = extender.extend(request(lta.output(), "renewed.pdf", SignatureLevel.B_LTA));

        assertThat(lt.added()).containsExactly("document time-stamp", "validation data");
        LongTermValidation.assertLevel(lt.output(), SigningFixture.pki(), "B-LT", 1);
        assertThat(lta.added())
                .as("the LT data already proves the first time-stamp")
                .containsExactly("document time-stamp");
        LongTermValidation.assertLevel(lta.output(), SigningFixture.pki(), "B-LTA", 1);
        assertThat(renewed.signatures()).hasSize(3);
        assertThat(renewed.added())
                .as("fresh data for the archive time-stamp, then a new one over it")
                .containsExactly("validation data", "document time-stamp");
        LongTermValidation.assertLevel(renewed.output(), SigningFixture.pki(), "B-LTA", 1);
        assertThat(Files.size(renewed.output())).isGreaterThan(Files.size(lta.output()));
        assertThat(Files.readAllBytes(renewed.output())).startsWith(Files.readAllBytes(lta.output()));
    }

    @Test
    void aFileSignedByEuDssAndThenByVnsignIsExtendedWithBothSignaturesValid() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));
        Path dssSigned = DssSigner.sign(input, dir.resolve("dss.pdf"), SigningFixture.identity(KeyProfile.RSA_3072));
        Path both = approveAtBb(dssSigned, dir.resolve("both.pdf"));
        DocumentExtender extender = LongTermFixture.extender(dir);

        ExtendResult onlyDss = extender.extend(request(dssSigned, "dss-lt.pdf", SignatureLevel.B_LT));
        ExtendResult lta = extender.extend(request(both, "both-lta.pdf", SignatureLevel.B_LTA));

        LongTermValidation.assertLevel(onlyDss.output(), SigningFixture.pki(), "B-LT", 1);
        LongTermValidation.assertLevel(lta.output(), SigningFixture.pki(), "B-LTA", 2);
    }

    @Test
    void signingAtBltaOnADocumentCertifiedForSignaturesKeepsTheCertificationValid() throws Exception {
        Path certified = SigningFixture.certifiedLetter(dir, AccessPermissions.FORM_FIELDS_MODIFICATION);
        Path lta = dir.resolve("lta.pdf");
        DocumentSigner signer = LongTermFixture.signer(dir);

        SigningFixture.sign(
                signer,
                SigningRequest.of(certified, lta, new Appearance.Approval(Placement.auto()), SigningFixture.leader())
                        .withLevel(SignatureLevel.B_LTA, List.of(LongTermFixture.tsa())),
                KeyProfile.RSA_2048);
        ExtendResult all = LongTermFixture.extender(dir).extend(request(lta, "all.pdf", SignatureLevel.B_LTA));

        LongTermValidation.assertLevel(all.output(), SigningFixture.pki(), "B-LTA", 2);
    }

    @Test
    void validationDataIsRefusedWhereTheCertificationForbidsAnyChange() throws Exception {
        Path certified = SigningFixture.certifiedLetter(dir, AccessPermissions.NO_CHANGES_PERMITTED);

        SignerException error = catchThrowableOfType(SignerException.class, () -> LongTermFixture.extender(dir)
                .extend(request(certified, "lt.pdf", SignatureLevel.B_LT)));

        assertThat(error.error()).isEqualTo(SignerError.PDF_CERTIFIED_NO_CHANGES);
        assertThat(dir.resolve("lt.pdf")).doesNotExist();
    }

    @Test
    void aFileWithoutSignaturesHasNothingToExtend() throws Exception {
        Path input = new Decree30Pdf().write(dir.resolve("in.pdf"));

        SignerException error = catchThrowableOfType(SignerException.class, () -> LongTermFixture.extender(dir)
                .extend(request(input, "lt.pdf", SignatureLevel.B_LT)));

        assertThat(error.error()).isEqualTo(SignerError.NOTHING_TO_EXTEND);
    }

    /** The leader's approval signature at B-B, as VNSign signs without a level. */
    private static Path approveAtBb(Path input, Path output) throws SignerException {
        DocumentSigner signer = SigningFixture.documentSigner();
        SigningRequest request =
                SigningRequest.of(input, output, new Appearance.Approval(Placement.auto()), SigningFixture.leader());
        SigningFixture.sign(signer, request, KeyProfile.RSA_2048);
        return output;
    }

    private ExtendRequest request(Path input, String output, SignatureLevel level) {
        return ExtendRequest.of(input, dir.resolve(output), level).withTimestampServers(List.of(LongTermFixture.tsa()));
    }

    private static void awaitNextSecond() throws InterruptedException {
        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        while (!Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(second)) {
            Thread.sleep(5);
        }
    }
}
