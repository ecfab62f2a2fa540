/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.SignatureKind;

class VgcaCompatTest {
    @TempDir
    Path dir;

    @Test
    void aVgcaMessageBecomesARequestAndAFileOnDiskIsRefused() throws Exception {
        var message = new ObjectMapper()
                .readTree("{\"FileUploadHandler\":\"https://qlvb.gov.vn/FileUploadHandler?t=1\",\"SessionId\":\"\","
                        + "\"JWTToken\":\"jwt\",\"FileName\":\"https://qlvb.gov.vn/files/1.pdf\","
                        + "\"MetaData\":[{\"Key\":\"token\",\"Value\":\"x\"}],\"DocNumber\":\"12/QĐ-UBND\","
                        + "\"IssuedDate\":\"2026-11-22T03:00:00.000Z\"}");

        BridgeRequest request = VgcaRequests.parse("https://qlvb.gov.vn", SignatureKind.ISSUE, message);

        assertThat(request.document()).hasToString("https://qlvb.gov.vn/files/1.pdf");
        assertThat(request.upload()).hasToString("https://qlvb.gov.vn/FileUploadHandler?t=1");
        assertThat(request.uploadToken()).isEqualTo("jwt");
        assertThat(request.documentNumber()).isEqualTo("12/QĐ-UBND");
        assertThat(request.issuedDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 22));
        var local = new ObjectMapper()
                .readTree("{\"FileName\":\"C:\\\\Users\\\\an\\\\a.pdf\",\"FileUploadHandler\":\"https://q/u\"}");
        assertThatThrownBy(() -> VgcaRequests.parse("https://qlvb.gov.vn", SignatureKind.APPROVAL, local))
                .hasMessageContaining("FileName");
    }

    /** Integrators send {@code new Date()}: 17:30 UTC on the 6th is already the 7th in Hà Nội. */
    @Test
    void theIssueDateIsVietnamsDayOfTheInstantThePageSends() {
        assertThat(VgcaRequests.issuedDate("2026-12-06T17:30:00.000Z")).isEqualTo(java.time.LocalDate.of(2026, 12, 7));
        assertThat(VgcaRequests.issuedDate("2026-12-06T16:59:59Z")).isEqualTo(java.time.LocalDate.of(2026, 12, 6));
        assertThat(VgcaRequests.issuedDate("2026-12-07")).isEqualTo(java.time.LocalDate.of(2026, 12, 7));
        assertThat(VgcaRequests.issuedDate("")).isNull();
        assertThatThrownBy(() -> VgcaRequests.issuedDate("hôm nay")).hasMessageContaining("IssuedDate");
    }

    @Test
    void theAnswerHasVgcasIntegerStatus() {
        var answer = VgcaCompatServer.answer(0, "", "1.pdf", "/files/1.pdf");

        assertThat(answer.get("Status").isInt()).isTrue();
        assertThat(answer.fieldNames()).toIterable().containsExactly("Status", "Message", "FileName", "FileServer");
    }

    /** Every function of vn-conventions 3.1.2 is known: signed, answered, or refused with its name. */
    @Test
    void everyVgcaFunctionIsKnownAndWhatVnsignDoesNotDoIsSaidByName() {
        java.util.List<String> functions = java.util.List.of(
                "GetVersion",
                "GetCertInfo",
                "Config",
                "GetLicenseRequest",
                "Auth",
                "LoginIAM",
                "SignMsg",
                "VerifyMsg",
                "SignHash",
                "SignXML",
                "VerifyXML",
                "SignXMLP12",
                "SignJson",
                "VerifyJson",
                "SignPDF",
                "SignPDFWP",
                "VerifyPDF",
                "SignOffice",
                "VerifyOffice",
                "SignFile",
                "SignApproved",
                "SignIssued",
                "SignIncome",
                "SignAppendix",
                "SignCopy",
                "Comment",
                "SignFiles",
                "SignLyLich",
                "SignAttestation",
                "SignAttestationes");
        for (String function : functions) {
            String path = "/" + function;
            boolean known = VgcaFunctions.of(path) != VgcaFunctions.Handling.NOT_PROVIDED
                    || VgcaFunctions.NOT_PROVIDED.containsKey(path);
            assertThat(known).as(function).isTrue();
        }
        assertThat(VgcaFunctions.DOCUMENTS)
                .containsKeys("/SignApproved", "/SignIssued", "/SignAppendix", "/SignCopy", "/SignPDF", "/SignFile");
        assertThat(VgcaFunctions.notProvided("/SignXML")).startsWith("VNSign chưa hỗ trợ SignXML (ký XML");
        assertThat(VgcaFunctions.notProvided("/Nothing")).startsWith("VNSign không có chức năng Nothing");
    }

    /** Issue 22: the local certificate lasts as long as the service: renewed before it ends, consent asked again. */
    @Test
    void aLocalCertificateNearItsEndIsRenewedAndTheUserIsAskedAgainToTrustTheNewCa() throws Exception {
        LocalCertificate first = LocalCertificate.inFolder(dir);
        Files.writeString(dir.resolve(LocalCertificate.ASKED), "asked\n");
        java.time.Instant end = first.server().getNotAfter().toInstant();
        java.time.Clock beforeRenewal = java.time.Clock.fixed(
                end.minus(LocalCertificate.RENEW_BEFORE).minus(java.time.Duration.ofDays(1)), java.time.ZoneOffset.UTC);
        java.time.Clock pastRenewal = java.time.Clock.fixed(
                end.minus(LocalCertificate.RENEW_BEFORE).plus(java.time.Duration.ofDays(1)), java.time.ZoneOffset.UTC);

        assertThat(LocalCertificate.inFolder(dir, beforeRenewal).server()).isEqualTo(first.server());
        assertThat(dir.resolve(LocalCertificate.ASKED)).exists();

        LocalCertificate renewed = LocalCertificate.inFolder(dir, pastRenewal);

        assertThat(renewed.server()).isNotEqualTo(first.server());
        assertThat(renewed.ca()).isNotEqualTo(first.ca());
        assertThat(renewed.server().getNotAfter().toInstant())
                .isAfter(pastRenewal.instant().plus(LocalCertificate.RENEW_BEFORE));
        renewed.server().verify(renewed.ca().getPublicKey());
        assertThat(Files.readString(renewed.caFile())).isEqualTo(renewed.caPem());
        assertThat(dir.resolve(LocalCertificate.ASKED))
                .as("the new CA is trusted only if the user agrees again")
                .doesNotExist();
        assertThat(LocalCertificate.inFolder(dir, pastRenewal).server())
                .as("kept once renewed")
                .isEqualTo(renewed.server());
    }

    @Test
    void theLocalCaVouchesOnlyForThisComputerAndIsKeptAcrossStarts() throws Exception {
        LocalCertificate first = LocalCertificate.inFolder(dir);
        X509Certificate ca = first.ca();

        assertThat(ca.getBasicConstraints()).isZero();
        assertThat(ca.getExtensionValue("2.5.29.30")).as("name constraints").isNotNull();
        assertThat(LocalCertificate.inFolder(dir).ca()).isEqualTo(ca);
        assertThat(first.caFile()).exists();
        assertThat(first.installCommands("Linux", Path.of("/home/an")).get(3))
                .contains("certutil", "sql:/home/an/.pki/nssdb", first.caFile().toString());
        assertThat(first.installCommands("Windows 11", Path.of("C:/Users/an")).get(0))
                .containsExactly(
                        "certutil", "-user", "-addstore", "Root", first.caFile().toString());
        assertThat(first.installCommands("Mac OS X", Path.of("/Users/an")).get(0))
                .contains("add-trusted-cert");
    }
}
