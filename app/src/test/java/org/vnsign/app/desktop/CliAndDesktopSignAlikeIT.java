/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.cli.VnsignProcess;
import org.vnsign.app.placement.Box;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.softhsm.SoftHsmTest;
import org.vnsign.testsupport.softhsm.TestTokens;

/**
 * The command line and the desktop sign through one use case (issue 19), so the same document with
 * the same settings gets the same signature parameters from both: digest, signature scheme, level
 * (SubFilter, no time-stamp at B-B), the chain in the CMS and the widget's rectangle.
 */
@SoftHsmTest
class CliAndDesktopSignAlikeIT {
    @TempDir
    Path dir;

    private DesktopFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theSameDocumentAndSettingsGiveTheSameSignatureParameters() throws Exception {
        Path desktopInput = new Decree30Pdf().write(dir.resolve("desktop.pdf"));
        Path cliInput = Files.copy(desktopInput, dir.resolve("cli.pdf"));
        fixture = new DesktopFixture(dir);
        MainViewModel model = fixture.model(false, null, null, null, java.time.Clock.systemUTC());
        fixture.logIn(model, TestTokens.MAIN_LABEL, TestTokens.MAIN_PIN);
        DesktopFixture.chooseCertificate(model, KeyProfile.RSA_2048);
        model.open(desktopInput);
        Box placed = model.placement().blockProperty().get();
        assertThat(placed).as("auto-placed").isNotNull();
        model.sign();
        assertThat(fixture.dialogs.errors).isEmpty();

        VnsignProcess.Result cli = VnsignProcess.onToken(
                fixture.tokens,
                VnsignProcess.english(VnsignProcess.environment(fixture.tokens), dir),
                "sign",
                KeyProfile.RSA_2048,
                VnsignProcess.MAIN_PIN,
                cliInput.toString(),
                "--kind",
                "approval",
                "--page",
                String.valueOf(placed.page()),
                "--rect",
                String.format(Locale.ROOT, "%s,%s,%s,%s", placed.x(), placed.y(), placed.width(), placed.height()));
        assertThat(cli.exitCode()).as(cli.err()).isZero();

        Parameters fromDesktop = Parameters.of(dir.resolve("desktop.signed.pdf"));
        Parameters fromCli = Parameters.of(dir.resolve("cli.signed.pdf"));
        assertThat(fromCli).isEqualTo(fromDesktop);
        assertThat(fromDesktop.digest()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(fromDesktop.chain()).hasSize(3);
    }

    /** What a verifier sees of a signature besides its value. */
    record Parameters(String subFilter, String digest, String scheme, List<String> chain, int page, List<Float> rect) {
        static Parameters of(Path pdf) throws IOException, CMSException {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDSignatureField field = document.getSignatureFields().get(0);
                PDSignature signature = field.getSignature();
                CMSSignedData cms = new CMSSignedData(signature.getContents());
                SignerInformation signer =
                        cms.getSignerInfos().getSigners().iterator().next();
                List<String> chain = cms.getCertificates().getMatches(null).stream()
                        .map(X509CertificateHolder::getSubject)
                        .map(Object::toString)
                        .sorted()
                        .toList();
                PDRectangle rect = field.getWidgets().get(0).getRectangle();
                int page = document.getPages().indexOf(field.getWidgets().get(0).getPage()) + 1;
                return new Parameters(
                        signature.getSubFilter(),
                        signer.getDigestAlgOID(),
                        signer.getEncryptionAlgOID(),
                        chain,
                        page,
                        List.of(
                                round(rect.getLowerLeftX()),
                                round(rect.getLowerLeftY()),
                                round(rect.getWidth()),
                                round(rect.getHeight())));
            }
        }

        private static float round(float value) {
            return Math.round(value * 10) / 10f;
        }
    }
}
