/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.documents.LibreOfficeDocument;
import org.vnsign.testsupport.pki.KeyProfile;

/**
 * A printed page is never defaced: for every kind of signature VNSign places by itself, no pixel
 * the signature changes falls inside a word of the page it signs. Words come from PDFBox's text
 * extraction of the page before signing (not from VNSign's own layout code), pixels from renderings
 * before and after at 72 dpi (issue 21).
 */
class NoMarkOnTextIT {
    /** How far two renderings may differ before a pixel counts as changed (anti-aliasing). */
    private static final int CHANGED = 60;

    @TempDir
    Path dir;

    private final DocumentSigner signer = SigningFixture.documentSigner();

    @Test
    void approvalThenIssueOnADecree30Letter() throws Exception {
        approveThenIssueTouchingNoWord(new Decree30Pdf().write(dir.resolve("letter.pdf")));
    }

    @Test
    void approvalThenIssueOnALibreOfficeLetter() throws Exception {
        Path issued = approveThenIssueTouchingNoWord(LibreOfficeDocument.writeTo(dir.resolve("cong-van.pdf")));
        SigningFixture.keep(issued, 0, "libreoffice-letter-issued.png");
    }

    /** The leader approves, the clerk issues; neither signature is drawn over a word. */
    private Path approveThenIssueTouchingNoWord(Path letter) throws Exception {
        Path approved = sign(
                letter,
                "approved.pdf",
                new Appearance.Approval(Placement.auto()),
                SigningFixture.leader(),
                KeyProfile.RSA_2048);
        Path issued = sign(
                approved,
                "issued.pdf",
                new Appearance.Issue(Placement.auto()),
                SigningFixture.clerk(),
                KeyProfile.EC_P256);
        assertNoWordTouched(letter, approved);
        assertNoWordTouched(approved, issued);
        return issued;
    }

    @Test
    void initialsOnEveryPageOfADraftWhoseTextRunsIntoTheBottomMargin() throws Exception {
        Path draft = new Decree30Pdf()
                .pages(12)
                .textIntoBottomMargin()
                .signer("Trần Thị Bích Ngọc", "CHÁNH VĂN PHÒNG")
                .write(dir.resolve("du-thao.pdf"));
        Path initialed = sign(
                draft,
                "du-thao.initialed.pdf",
                new Appearance.Initials(PageSelection.all(), Corner.BOTTOM_RIGHT),
                SigningFixture.leader().withName("Trần Thị Bích Ngọc"),
                KeyProfile.RSA_3072);

        assertNoWordTouched(draft, initialed);
        SigningFixture.keep(initialed, 1, "draft-text-into-bottom-margin-initialed.png");
    }

    @Test
    void initialsOnEveryPageOfALibreOfficeLetter() throws Exception {
        Path letter = LibreOfficeDocument.writeTo(dir.resolve("cong-van.pdf"));
        Path initialed = sign(
                letter,
                "cong-van.initialed.pdf",
                new Appearance.Initials(PageSelection.all(), Corner.BOTTOM_RIGHT),
                SigningFixture.leader(),
                KeyProfile.RSA_3072);

        assertNoWordTouched(letter, initialed);
    }

    private Path sign(Path input, String output, Appearance appearance, SignProfile profile, KeyProfile key)
            throws Exception {
        SigningRequest request = SigningRequest.of(input, dir.resolve(output), appearance, profile);
        return SigningFixture.sign(signer, request, key).output();
    }

    /** No pixel that differs between the two files' renderings lies inside a word of {@code before}. */
    private static void assertNoWordTouched(Path before, Path after) {
        List<List<Word>> words = words(before);
        List<String> touched = new ArrayList<>();
        for (int index = 0; index < words.size(); index++) {
            BufferedImage a = SigningFixture.render(before, index);
            BufferedImage b = SigningFixture.render(after, index);
            for (Word word : words.get(index)) {
                int changed = changedPixels(a, b, word.box());
                if (changed > 0) {
                    touched.add("page " + (index + 1) + " \"" + word.text() + "\" (" + changed + " px)");
                }
            }
        }
        assertThat(touched)
                .as("words a signature was drawn over, %s -> %s", before.getFileName(), after.getFileName())
                .isEmpty();
    }

    private static int changedPixels(BufferedImage a, BufferedImage b, Rect box) {
        int count = 0;
        int height = a.getHeight();
        for (int x = (int) Math.ceil(box.x()); x < (int) Math.floor(box.right()); x++) {
            for (int y = (int) Math.ceil(box.y()); y < (int) Math.floor(box.top()); y++) {
                int row = height - 1 - y;
                if (x < 0 || x >= a.getWidth() || row < 0 || row >= height) {
                    continue;
                }
                int p = a.getRGB(x, row);
                int q = b.getRGB(x, row);
                int difference = Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff))
                        + Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
                if (difference > CHANGED) {
                    count++;
                }
            }
        }
        return count;
    }

    /** A word as printed: its text and its box in PDF points from the page's bottom-left. */
    record Word(String text, Rect box) {}

    /** The words of every page, from PDFBox's text positions: glyph boxes joined between spaces. */
    private static List<List<Word>> words(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<List<Word>> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                WordCollector collector = new WordCollector();
                collector.setStartPage(page);
                collector.setEndPage(page);
                collector.getText(document);
                collector.finish();
                pages.add(collector.words);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class WordCollector extends PDFTextStripper {
        final List<Word> words = new ArrayList<>();
        private StringBuilder text = new StringBuilder();
        private float left = Float.MAX_VALUE;
        private float right = -Float.MAX_VALUE;
        private float bottom = Float.MAX_VALUE;
        private float top = -Float.MAX_VALUE;

        WordCollector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            for (TextPosition glyph : positions) {
                if (glyph.getUnicode().isBlank()) {
                    finish();
                    continue;
                }
                float size = glyph.getFontSizeInPt();
                float baseline = glyph.getPageHeight() - glyph.getYDirAdj();
                // The ink of a glyph lies between its descent and its cap height: 0.2 and 0.7 of the size.
                left = Math.min(left, glyph.getXDirAdj());
                right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                bottom = Math.min(bottom, baseline - 0.2f * size);
                top = Math.max(top, baseline + 0.7f * size);
                text.append(glyph.getUnicode());
            }
            finish();
        }

        void finish() {
            if (text.length() > 0) {
                words.add(new Word(text.toString(), new Rect(left, bottom, right - left, top - bottom)));
            }
            text = new StringBuilder();
            left = Float.MAX_VALUE;
            right = -Float.MAX_VALUE;
            bottom = Float.MAX_VALUE;
            top = -Float.MAX_VALUE;
        }
    }
}
