/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.validation.DssValidation;

/**
 * The Windows certificate store signs (issue 19). Runs only in the GitHub workflow's Windows job,
 * which creates a certificate with a private key in {@code Cert:\CurrentUser\My}
 * ({@code New-SelfSignedCertificate}), exports it, and names the file and its SHA-256 thumbprint in
 * {@code VNSIGN_WINDOWS_STORE_CERT} and {@code VNSIGN_WINDOWS_STORE_SHA256}. The result is judged
 * by the same EU DSS check the Linux tests use.
 */
@EnabledOnOs(OS.WINDOWS)
@EnabledIfEnvironmentVariable(named = "VNSIGN_WINDOWS_STORE_CERT", matches = ".+")
class WindowsStoreSigningIT {
    @TempDir
    Path dir;

    @Test
    void vnsignSignsThroughTheWindowsStoreAndDssValidatesTheResult() throws Exception {
        Path certificateFile = Path.of(System.getenv("VNSIGN_WINDOWS_STORE_CERT"));
        String fingerprint = System.getenv("VNSIGN_WINDOWS_STORE_SHA256");
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(certificateFile)) {
            certificate =
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Path document = new Decree30Pdf().write(dir.resolve("to-trinh.pdf"));

        VnsignProcess.Result signed = VnsignProcess.run(
                VnsignProcess.english(Map.of(), dir),
                "",
                "sign",
                "--token",
                "Windows-MY",
                "--cert",
                fingerprint.substring(0, 16),
                "--trust",
                certificateFile.toString(),
                "--kind",
                "invisible",
                "--json",
                document.toString());

        assertThat(signed.exitCode()).as(signed.out() + signed.err()).isZero();
        JsonNode file = VnsignProcess.JSON.readTree(signed.out()).get("files").get(0);
        Path output = Path.of(file.get("output").asText());
        assertThat(DssValidation.validate(output, List.of(certificate), List.of()))
                .singleElement()
                .satisfies(s -> assertThat(s.indication()).as("%s", s).isEqualTo("TOTAL_PASSED"));
    }
}
