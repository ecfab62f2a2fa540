/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.appearance;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The one font of VNSign's appearances: Liberation Serif 2.1 (metric-compatible with Times New
 * Roman, as Decree 30 asks, with every Vietnamese glyph; SIL OFL, shipped in this jar). It is
 * always embedded as an Identity-H subset, so the text looks and extracts the same everywhere.
 */
public final class Fonts {
    private static final String RESOURCE = "/org/vnsign/signer/fonts/LiberationSerif-Regular.ttf";
    private static final FontProgram SERIF = load();

    private Fonts() {}

    /** A new font object; each PDF document needs its own, the parsed program is shared. */
    public static PdfFont serif() {
        return PdfFontFactory.createFont(SERIF, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** Vietnamese text in the composed form, so that each letter is one glyph of the font. */
    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static FontProgram load() {
        try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the jar: " + RESOURCE);
            }
            return FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
        }
    }
}
