/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import com.itextpdf.signatures.AccessPermissions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.images.TestImages;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.pki.TestIdentity;
import org.vnsign.testsupport.pki.TestPki;
import org.vnsign.testsupport.services.LoopbackPki;

/** Shared set-up of signer-core's tests: one test PKI per run, a fixed clock, the profile images. */
public final class SigningFixture {
    /** 14:05:09 in Hà Nội. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T07:05:09Z"), ZoneOffset.UTC);

    public static final String PRINTED_TIME = "22.11.2026 14:05:09 +07:00";

    private static TestPki pki;

    private SigningFixture() {}

    public static synchronized TestPki pki() {
        if (pki == null) {
            pki = LoopbackPki.shared().pki();
        }
        return pki;
    }

    public static TestIdentity identity(KeyProfile profile) {
        return pki().identity(profile);
    }

    public static SignerIdentity signer(KeyProfile profile) throws SignerException {
        return SignerIdentity.of(identity(profile).chain());
    }

    public static KeyPairValueSource source(KeyProfile profile) {
        return new KeyPairValueSource(identity(profile).keyPair().getPrivate());
    }

    /**
     * A Decree 30 letter ({@code dir/in.pdf}) certified at {@code permissions} with plain iText and
     * the chief of office's key, as another signing tool would: {@code dir/certified.pdf}.
     */
    public static Path certifiedLetter(Path dir, AccessPermissions permissions) throws Exception {
        Path output = dir.resolve("certified.pdf");
        PlainItextSigner.sign(
                new Decree30Pdf().write(dir.resolve("in.pdf")), output, identity(KeyProfile.RSA_3072), permissions);
        return output;
    }

    /** Plans and signs {@code request} with {@code key}'s certificate and private key. */
    public static SignResult sign(DocumentSigner signer, SigningRequest request, KeyProfile key)
            throws SignerException {
        return signer.sign(signer.plan(request, signer(key)), source(key));
    }

    public static DocumentSigner documentSigner() {
        return DocumentSigners.pades(CLOCK);
    }

    /** The vice-minister's profile with a signature image, as the Decree 30 test document names him. */
    public static SignProfile leader() {
        return SignProfile.empty()
                .withName("Nguyễn Văn Án")
                .withTitle("THỨ TRƯỞNG")
                .withSignatureImage(TestImages.signature())
                .withInitialImage(TestImages.initial());
    }

    /** The clerk's profile with the ministry's seal. */
    public static SignProfile clerk() {
        return SignProfile.empty().withAgency("Bộ Tài chính").withSealImage(TestImages.seal());
    }

    /** Page {@code index} (0-based) rendered at 72 dpi: one pixel per point. */
    public static BufferedImage render(Path pdf, int index) {
        return read(pdf, document -> new PDFRenderer(document).renderImageWithDPI(index, 72));
    }

    /** Keeps a rendering of page {@code index} (0-based) for people to look at (build artifact): {@code target/screenshots}. */
    public static void keep(Path pdf, int index, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        javax.imageio.ImageIO.write(
                render(pdf, index), "png", folder.resolve(name).toFile());
    }

    /**
     * The text of the whole document as PDFBox extracts it after flattening the form, so that the
     * text drawn in signature widgets counts too.
     */
    public static String flattenedText(Path pdf) {
        return read(pdf, document -> {
            if (document.getDocumentCatalog().getAcroForm() != null) {
                document.getDocumentCatalog().getAcroForm().flatten();
            }
            return new PDFTextStripper().getText(document);
        });
    }

    /** The text of the pages' content as PDFBox extracts it (widget text left out). */
    public static String text(Path pdf) {
        return read(pdf, document -> new PDFTextStripper().getText(document));
    }

    /** The CMS container of the newest signature, without the zero padding of /Contents. */
    public static byte[] lastSignatureContainer(Path pdf) {
        return read(pdf, document -> {
            byte[] contents = document.getLastSignatureDictionary().getContents();
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                return in.readObject().getEncoded();
            }
        });
    }

    private interface Reading<T> {
        T from(PDDocument document) throws IOException;
    }

    private static <T> T read(Path pdf, Reading<T> reading) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return reading.from(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
