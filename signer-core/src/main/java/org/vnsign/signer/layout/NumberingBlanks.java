/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.layout;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vnsign.signer.IssueNumbering;
import org.vnsign.signer.PrintedText;
import org.vnsign.signer.Rect;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;

/**
 * Where the number and the date the clerk assigns go on the first page (Decree 30/2020 Appendix I:
 * "Số: …/…" under the agency's name, "Hà Nội, ngày … tháng … năm …" under the motto). What is
 * printed stays: a printed notation keeps its place and the number goes into the blank before it;
 * a printed year keeps its place and only the day and month are filled. What is printed and
 * differs from what was assigned is refused, never overprinted. Days below 10 and the months 1 and
 * 2 take a leading zero, as Appendix I asks.
 */
final class NumberingBlanks {
    private static final Pattern NUMBER_LABEL = Pattern.compile("^\\s*số\\s*:");
    private static final Pattern DATE = Pattern.compile("(?:^|,\\s*)ngày(?<day>.*?)tháng(?<month>.*?)năm(?<year>.*)$");
    /** Room assumed after a label with neither dots nor a printed notation after it. */
    private static final float OPEN_BLANK_EMS = 9f;

    private final List<TextLine> lines;

    private NumberingBlanks(List<TextLine> lines) {
        this.lines = lines.stream()
                .sorted(Comparator.comparingDouble(TextLine::baseline).reversed())
                .toList();
    }

    /** The texts to print on page 1 for {@code numbering}, top line first. */
    static List<PrintedText> find(List<TextLine> pageOneLines, IssueNumbering numbering) throws SignerException {
        NumberingBlanks blanks = new NumberingBlanks(pageOneLines);
        List<PrintedText> printed = new ArrayList<>();
        if (numbering.documentNumber().isPresent()) {
            blanks.number(numbering.documentNumber().get()).ifPresent(printed::add);
        }
        if (numbering.issuedDate().isPresent()) {
            printed.addAll(blanks.date(numbering.issuedDate().get()));
        }
        return printed;
    }

    private Optional<PrintedText> number(String assigned) throws SignerException {
        for (TextLine line : lines) {
            String text = searchable(line);
            Matcher label = NUMBER_LABEL.matcher(text);
            if (label.find()) {
                return numberInto(line, text, label.end(), assigned);
            }
        }
        throw new SignerException(
                SignerError.NUMBERING_LINE_NOT_FOUND, "the first page has no \"Số:\" line for the number " + assigned);
    }

    private Optional<PrintedText> numberInto(TextLine line, String text, int labelEnd, String assigned)
            throws SignerException {
        int slash = assigned.indexOf('/');
        String number = slash < 0 ? assigned : assigned.substring(0, slash).strip();
        String notation = slash < 0 ? "" : assigned.substring(slash).strip();
        if (number.isEmpty()) {
            throw new SignerException(SignerError.NUMBERING_CONFLICT, "no number before the notation: " + assigned);
        }
        int start = skipLeaders(text, labelEnd);
        int digitsEnd = start;
        while (digitsEnd < text.length() && Character.isDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        String printedNumber = text.substring(start, digitsEnd);
        int notationStart = skipLeaders(text, digitsEnd);
        String printedNotation = text.substring(notationStart).strip();
        if (!printedNotation.isEmpty() && !notation.isEmpty() && !sameNotation(printedNotation, notation)) {
            throw new SignerException(
                    SignerError.NUMBERING_CONFLICT,
                    "the document's notation is " + printedNotation.toUpperCase(Locale.ROOT) + ", not " + notation);
        }
        if (!printedNumber.isEmpty()) {
            if (printedNumber.equals(number)) {
                return Optional.empty();
            }
            throw new SignerException(
                    SignerError.NUMBERING_CONFLICT, "the document is already numbered " + printedNumber);
        }
        float size = fontSize(line);
        float left = line.glyphAt(labelEnd - 1).right();
        if (!printedNotation.isEmpty()) {
            float right = line.glyphAt(notationStart).left();
            return Optional.of(
                    printed(line, left, right, number, size, hasLeaders(text, labelEnd, notationStart), true));
        }
        float right = lastLeaderRight(line, text, labelEnd).orElse(left + OPEN_BLANK_EMS * size);
        return Optional.of(printed(
                line,
                left,
                Math.max(right, left + OPEN_BLANK_EMS * size),
                number + notation,
                size,
                hasLeaders(text, labelEnd, text.length()),
                false));
    }

    private List<PrintedText> date(LocalDate date) throws SignerException {
        for (TextLine line : lines) {
            String text = searchable(line);
            Matcher found = DATE.matcher(text);
            if (found.find()) {
                return dateInto(line, text, found, date);
            }
        }
        throw new SignerException(
                SignerError.NUMBERING_LINE_NOT_FOUND,
                "the first page has no \"ngày … tháng … năm …\" line for the date " + date);
    }

    private List<PrintedText> dateInto(TextLine line, String text, Matcher found, LocalDate date)
            throws SignerException {
        float size = fontSize(line);
        List<PrintedText> printed = new ArrayList<>();
        slot(
                        line,
                        text,
                        found.start("day"),
                        found.end("day"),
                        date.getDayOfMonth(),
                        twoDigits(date.getDayOfMonth()),
                        size)
                .ifPresent(printed::add);
        String month =
                date.getMonthValue() < 3 ? twoDigits(date.getMonthValue()) : String.valueOf(date.getMonthValue());
        slot(line, text, found.start("month"), found.end("month"), date.getMonthValue(), month, size)
                .ifPresent(printed::add);
        year(line, text, found.start("year"), String.valueOf(date.getYear()), size)
                .ifPresent(printed::add);
        return printed;
    }

    /** A day or month between two words: empty to fill, or printed and then the same value. */
    private static Optional<PrintedText> slot(
            TextLine line, String text, int from, int to, int value, String shown, float size) throws SignerException {
        String content = stripLeaders(text.substring(from, to));
        if (!content.isEmpty()) {
            if (content.chars().allMatch(Character::isDigit) && Integer.parseInt(content) == value) {
                return Optional.empty();
            }
            throw new SignerException(
                    SignerError.NUMBERING_CONFLICT, "the document is already dated with " + content + ", not " + shown);
        }
        float left = line.glyphAt(from - 1).right();
        float right = line.glyphAt(to).left();
        return Optional.of(printed(line, left, right, shown, size, hasLeaders(text, from, to), false));
    }

    /** The year after "năm": empty, partly printed ("20…", the rest is filled) or printed in full. */
    private static Optional<PrintedText> year(TextLine line, String text, int from, String year, float size)
            throws SignerException {
        int start = skipLeaders(text, from);
        int digitsEnd = start;
        while (digitsEnd < text.length() && Character.isDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        String printed = text.substring(start, digitsEnd);
        if (!year.startsWith(printed)) {
            throw new SignerException(
                    SignerError.NUMBERING_CONFLICT, "the document is dated in " + printed + ", not " + year);
        }
        if (printed.equals(year)) {
            return Optional.empty();
        }
        int blankFrom = printed.isEmpty() ? from : digitsEnd;
        float left = line.glyphAt(blankFrom - 1).right();
        float right = lastLeaderRight(line, text, blankFrom).orElse(left + 3f * size);
        return Optional.of(printed(
                line,
                left,
                Math.max(right, left + 0.6f * size * (year.length() - printed.length())),
                year.substring(printed.length()),
                size,
                hasLeaders(text, blankFrom, text.length()),
                false));
    }

    private static PrintedText printed(
            TextLine line, float left, float right, String text, float size, boolean leaders, boolean alignRight) {
        // A number set right against a printed notation touches it ("123/QĐ-BTC"); elsewhere the
        // text keeps a little space from the words on both sides.
        float gap = 0.15f * size;
        float width = right - left - (alignRight ? gap : 2 * gap);
        Rect rect = new Rect(left + gap, line.bottom(), Math.max(width, size), line.top() - line.bottom());
        return new PrintedText(1, rect, text, size, leaders, alignRight);
    }

    /** The line in lower case, in the composed form the patterns are written in, index for index. */
    private static String searchable(TextLine line) {
        String text = line.text();
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return (composed.length() == text.length() ? composed : text).toLowerCase(Locale.ROOT);
    }

    private static boolean isLeader(char c) {
        return c == '.' || c == '…' || c == '_' || Character.isWhitespace(c) || c == '\u00a0';
    }

    private static int skipLeaders(String text, int from) {
        int at = from;
        while (at < text.length() && isLeader(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static String stripLeaders(String text) {
        StringBuilder kept = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (!isLeader(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean hasLeaders(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '…' || c == '_') {
                return true;
            }
        }
        return false;
    }

    /** The right edge of the dots or underscores that run on from {@code from}, if any. */
    private static Optional<Float> lastLeaderRight(TextLine line, String text, int from) {
        int at = from;
        int last = -1;
        while (at < text.length() && isLeader(text.charAt(at))) {
            if (!Character.isWhitespace(text.charAt(at))) {
                last = at;
            }
            at++;
        }
        return last < 0 ? Optional.empty() : Optional.of(line.glyphAt(last).right());
    }

    /** Notations compare as names do ({@link TextLine#comparable}), spaces aside: "/QĐ - BTC" is "/qđ-btc". */
    private static boolean sameNotation(String printed, String assigned) {
        return TextLine.comparable(printed)
                .replace(" ", "")
                .equals(TextLine.comparable(assigned).replace(" ", ""));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    /** The font size of the line's text, from the height of its box (ascent to descent). */
    private static float fontSize(TextLine line) {
        return line.box().height() / Layout.LINE_BOX_EMS;
    }
}
