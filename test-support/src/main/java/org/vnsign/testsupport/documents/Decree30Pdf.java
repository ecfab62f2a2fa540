/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Builds an administrative document laid out as Decree 30/2020 Appendix I has it, with PDFBox (not
 * the library VNSign signs with): A4, Times-metric font, agency and national motto on top, body
 * text ending with "./.", recipients on the left and the signer's title, an empty signature space
 * and the printed name on the right of the last page.
 */
public final class Decree30Pdf {
    /** Liberation Serif 2 from Debian's fonts-liberation2, which the test set-up script installs. */
    public static final Path FONT = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");

    public static final float LEFT = 85f;
    public static final float RIGHT = 595f - 57f;
    public static final float TOP = 842f - 57f;
    public static final float BOTTOM = 57f;
    /** Centre of the right-hand column that holds title, signature and name. */
    public static final float SIGNER_COLUMN_CENTRE = 410f;
    /** Space left between the title's baseline and the name's baseline for the signature. */
    public static final float SIGNATURE_SPACE = 96f;

    private static final float SIZE = 13f;
    private static final float LEADING = 18f;
    private static final String[] SENTENCES = {
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        "Theo đề nghị của Chánh Văn phòng Bộ, Bộ trưởng ban hành quy chế quản lý và sử dụng chữ ký số.",
        "Các cơ quan, đơn vị thuộc Bộ có trách nhiệm triển khai thực hiện nghiêm túc, đúng tiến độ.",
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh kịp thời về Văn phòng Bộ để tổng hợp.",
        "Việc ký số văn bản điện tử được thực hiện theo đúng thể thức và kỹ thuật trình bày quy định tại Phụ lục I."
    };

    private int pages = 2;
    private String signerName = "Nguyễn Văn Án";
    private List<String> title = List.of("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG");
    private boolean endMark = true;
    private int turn;
    private float bodyBottom = BOTTOM + 10f;
    private String numberLine = "Số: 123/QĐ-BTC";
    private String dateLine = "Hà Nội, ngày 20 tháng 11 năm 2026";

    public Decree30Pdf pages(int value) {
        this.pages = value;
        return this;
    }

    public Decree30Pdf signer(String name, String... titleLines) {
        this.signerName = name;
        this.title = List.of(titleLines);
        return this;
    }

    /**
     * Every page stored turned against its /Rotate: the page dictionary is rotated by {@code
     * degrees} (90, 180 or 270) and the content drawn the other way, so that viewers show exactly
     * the upright document. Scanners and landscape annexes produce such pages.
     */
    public Decree30Pdf turned(int degrees) {
        if (degrees % 90 != 0) {
            throw new IllegalArgumentException("a page turns by a multiple of 90 degrees: " + degrees);
        }
        this.turn = Math.floorMod(degrees, 360);
        return this;
    }

    /**
     * Pages before the last filled into the bottom margin, to 20 pt from the paper's edge, as long
     * drafts from word processors often are: no corner of those pages is free.
     */
    public Decree30Pdf textIntoBottomMargin() {
        this.bodyBottom = 20f;
        return this;
    }

    /**
     * The first page's number and date lines as a draft before issue has them, for instance
     * {@code "Số:        /QĐ-BTC"} and {@code "Hà Nội, ngày      tháng      năm 2026"}: the clerk
     * assigns the number and the date at issue.
     */
    public Decree30Pdf numberAndDateLines(String number, String date) {
        this.numberLine = number;
        this.dateLine = date;
        return this;
    }

    public Decree30Pdf withoutEndMark() {
        this.endMark = false;
        return this;
    }

    public Path write(Path file) {
        try (PDDocument document = build()) {
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same document encrypted with AES-256, a user password and an owner password. */
    public Path writeEncrypted(Path file, String userPassword, String ownerPassword) {
        try (PDDocument document = build()) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a PDF with its last bytes cut off, as an interrupted download leaves it. */
    public static Path truncated(Path source, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDDocument build() throws IOException {
        if (!Files.isReadable(FONT)) {
            throw new IllegalStateException("Test documents need " + FONT + ": apt-get install fonts-liberation2");
        }
        PDDocument document = new PDDocument();
        PDType0Font font = PDType0Font.load(document, FONT.toFile());
        for (int number = 1; number <= pages; number++) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                turn(page, content);
                Writer writer = new Writer(content, font);
                float y = TOP;
                if (number == 1) {
                    y = header(writer, y);
                } else {
                    writer.centred(String.valueOf(number), (LEFT + RIGHT) / 2, 842f - 35f, 13f);
                }
                boolean last = number == pages;
                y = body(writer, y, last ? 330f : bodyBottom, number);
                if (last) {
                    signatureBlock(writer, y);
                }
            }
        }
        return document;
    }

    /** Stores the page turned by {@link #turned}: a sideways media box and content drawn against it. */
    private void turn(PDPage page, PDPageContentStream content) throws IOException {
        float width = PDRectangle.A4.getWidth();
        float height = PDRectangle.A4.getHeight();
        if (turn == 90 || turn == 270) {
            page.setMediaBox(new PDRectangle(height, width));
        }
        page.setRotation(turn);
        switch (turn) {
            case 90 -> content.transform(new Matrix(0, 1, -1, 0, height, 0));
            case 180 -> content.transform(new Matrix(-1, 0, 0, -1, width, height));
            case 270 -> content.transform(new Matrix(0, -1, 1, 0, 0, width));
            default -> {
                // Upright: user space is what the reader sees.
            }
        }
    }

    private float header(Writer writer, float y) throws IOException {
        writer.centred("BỘ TÀI CHÍNH", 170f, y, 12f);
        writer.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 400f, y, 12f);
        writer.centred(numberLine, 170f, y - 22f, 13f);
        writer.centred("Độc lập - Tự do - Hạnh phúc", 400f, y - 16f, 13f);
        writer.centred(dateLine, 400f, y - 40f, 13f);
        writer.centred("QUYẾT ĐỊNH", (LEFT + RIGHT) / 2, y - 80f, 14f);
        writer.centred("Ban hành Quy chế quản lý và sử dụng chữ ký số", (LEFT + RIGHT) / 2, y - 98f, 14f);
        return y - 130f;
    }

    private float body(Writer writer, float y, float bottom, int pageNumber) throws IOException {
        List<String> lines = wrap(writer, pageNumber);
        int i = 0;
        while (y > bottom + LEADING) {
            String line = lines.get(i % lines.size());
            i++;
            boolean closing = endMark && pageNumber == pages && y - LEADING <= bottom + LEADING;
            writer.left(closing ? "Quyết định này có hiệu lực kể từ ngày ký./." : line, LEFT, y, SIZE);
            y -= LEADING;
        }
        return y;
    }

    private List<String> wrap(Writer writer, int pageNumber) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < SENTENCES.length; s++) {
            String sentence = "Điều " + (pageNumber * 10 + s) + ". " + SENTENCES[s];
            StringBuilder line = new StringBuilder();
            for (String word : sentence.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (writer.width(candidate, SIZE) > RIGHT - LEFT) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void signatureBlock(Writer writer, float y) throws IOException {
        float top = y - 10f;
        writer.left("Nơi nhận:", LEFT, top, 12f);
        writer.left("- Như Điều 3;", LEFT, top - 14f, 11f);
        writer.left("- Lãnh đạo Bộ;", LEFT, top - 28f, 11f);
        writer.left("- Lưu: VT, VP.", LEFT, top - 42f, 11f);
        float titleY = top;
        for (String line : title) {
            writer.centred(line, SIGNER_COLUMN_CENTRE, titleY, 13f);
            titleY -= 16f;
        }
        writer.centred(signerName, SIGNER_COLUMN_CENTRE, titleY + 16f - SIGNATURE_SPACE, 14f);
    }

    /** Text on one page, in the document's font. */
    private static final class Writer {
        private final PDPageContentStream content;
        private final PDType0Font font;

        Writer(PDPageContentStream content, PDType0Font font) {
            this.content = content;
            this.font = font;
        }

        float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }

        void left(String text, float x, float y, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        void centred(String text, float centre, float y, float size) throws IOException {
            left(text, centre - width(text, size) / 2, y, size);
        }
    }
}
