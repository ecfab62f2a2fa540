/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.signer.verify.Indication;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.pki.TestPki;
import org.vnsign.testsupport.services.LoopbackPki;
import org.vnsign.testsupport.softhsm.SoftHsm;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.validation.DssValidation;
import org.vnsign.testsupport.validation.Pdfsig;

/**
 * Signing with a token as offices really have it (issue 19): the token holds only the signer's own
 * certificate, and the issuing CA is reachable only at the certificate's AIA URL, served on
 * loopback. The B-B signature must carry the whole chain, so that EU DSS offline (trusting only the
 * root, given the CRLs), pdfsig and VNSign's own offline verification all confirm it. A token whose
 * certificate cannot be used is refused before its key signs anything.
 */
@SoftHsmTest
class FieldTokenSigningIT {
    private static final String LABEL = "Token chỉ có chứng thư";
    private static final String PIN = "246810";

    @TempDir
    Path dir;

    private final TestPki pki = LoopbackPki.shared().pki();

    @Test
    void anEndEntityOnlyTokenSignsAFileThatDssValidatesOfflineWithOnlyTheRootTrusted() throws Exception {
        TestIdentity signer = pki.identity(KeyProfile.RSA_2048);
        SoftHsm softHsm = SoftHsm.separate(dir.resolve("softhsm"));
        softHsm.createTokenWithoutCaCertificates(LABEL, PIN, List.of(signer));
        Path document = new Decree30Pdf().write(dir.resolve("to-trinh.pdf"));

        VnsignProcess.Result signed = sign(softHsm, signer, document, "--kind", "invisible");

        assertThat(signed.exitCode()).as(signed.err()).isZero();
        JsonNode file = VnsignProcess.JSON.readTree(signed.out()).get("files").get(0);
        JsonNode check = file.get("check");
        assertThat(check.get("chain")).as("signer, issuing CA, root").hasSize(3);
        assertThat(check.get("fetched").get(0).asText()).startsWith("http://127.0.0.1:");
        assertThat(check.get("revocation").asText()).isEqualTo("GOOD");
        assertThat(check.get("verdict").asText()).isNotEqualTo(Indication.INVALID.name());
        Path output = Path.of(file.get("output").asText());

        List<DssValidation.Signature> dss =
                DssValidation.validate(output, List.of(pki.root()), List.of(pki.crl(), pki.rootCrl()));
        assertThat(dss)
                .singleElement()
                .satisfies(s -> assertThat(s.indication()).as("%s", s).isEqualTo("TOTAL_PASSED"));
        assertThat(Pdfsig.validate(output, pki)).singleElement().satisfies(s -> {
            assertThat(s.valid()).as("%s", s).isTrue();
            assertThat(s.certificateValidation()).as("%s", s).contains("Trusted");
        });
        VnsignProcess.Result verified = VnsignProcess.run(
                environment(softHsm),
                "",
                "verify",
                output.toString(),
                "--trust",
                VnsignProcess.testRootFile(pki).toString(),
                "--json");
        JsonNode signature =
                VnsignProcess.JSON.readTree(verified.out()).get("signatures").get(0);
        assertThat(signature.get("indication").asText()).as(verified.out()).isEqualTo("VALID");
    }

    @Test
    void aRevokedOrExpiredCertificateIsRefusedBeforeAnythingIsSigned() throws Exception {
        SoftHsm softHsm = SoftHsm.separate(dir.resolve("softhsm"));
        softHsm.createTokenWithoutCaCertificates(
                LABEL, PIN, List.of(pki.identity(KeyProfile.REVOKED), pki.identity(KeyProfile.EXPIRED)));
        Path document = new Decree30Pdf().write(dir.resolve("cong-van.pdf"));
        byte[] before = Files.readAllBytes(document);

        for (KeyProfile profile : List.of(KeyProfile.REVOKED, KeyProfile.EXPIRED)) {
            VnsignProcess.Result refused = sign(softHsm, pki.identity(profile), document, "--kind", "invisible");

            JsonNode file =
                    VnsignProcess.JSON.readTree(refused.out()).get("files").get(0);
            assertThat(file.get("status").asText()).as(refused.out()).isEqualTo("failed");
            assertThat(file.get("error").asText())
                    .isEqualTo(profile == KeyProfile.REVOKED ? "CERTIFICATE_REVOKED" : "CERTIFICATE_EXPIRED");
            assertThat(refused.exitCode()).isEqualTo(ExitCodes.DOCUMENT);
        }
        assertThat(Files.readAllBytes(document)).as("the input is untouched").isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".signed.pdf")))
                    .as("no output file")
                    .isEmpty();
        }
    }

    private VnsignProcess.Result sign(SoftHsm softHsm, TestIdentity signer, Path document, String... extra)
            throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "sign",
                "--module",
                softHsm.module().toString(),
                "--token",
                LABEL,
                "--cert",
                fingerprint(signer).substring(0, 16),
                "--pin-stdin",
                "--json",
                "--trust",
                VnsignProcess.testRootFile(pki).toString(),
                document.toString()));
        arguments.addAll(List.of(extra));
        return VnsignProcess.run(environment(softHsm), PIN, arguments.toArray(new String[0]));
    }

    private Map<String, String> environment(SoftHsm softHsm) {
        Map<String, String> environment = new HashMap<>(softHsm.environment());
        environment.put("LANG", "C.UTF-8");
        environment.put("VNSIGN_LANG", "en");
        return VnsignProcess.english(environment, dir);
    }

    private static String fingerprint(TestIdentity identity) throws Exception {
        return HexFormat.of()
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(identity.certificate().getEncoded()));
    }
}
