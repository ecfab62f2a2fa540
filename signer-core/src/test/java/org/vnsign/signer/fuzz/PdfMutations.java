/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Mutations aimed at a PDF's structure, chosen and placed by the fuzzer's data: damage to the
 * cross-reference and trailer, truncation, deep nesting, /Kids cycles, ByteRange and Contents
 * edits, /Prev and object-stream edits, duplicated sections, splices and raw bytes. Each works on
 * the bytes and never needs the file to parse.
 */
final class PdfMutations {
    private static final String[] KEYWORDS = {
        "startxref",
        "xref",
        "trailer",
        "%%EOF",
        "/Prev",
        "/ByteRange",
        "/Contents",
        "/Kids",
        "/Type/ObjStm",
        "/Type /ObjStm",
        "/XRefStm",
        "/Size",
        "/Root",
        "/Annots",
        "/AcroForm",
        "/Parent",
        " obj",
        "endobj",
        "stream"
    };
    private static final int OPERATIONS = 13;

    private PdfMutations() {}

    /** One to four mutations of {@code pdf}, as {@code data} chooses. */
    static byte[] mutate(byte[] pdf, FuzzedDataProvider data) {
        byte[] bytes = pdf;
        int count = data.consumeInt(1, 4);
        for (int i = 0; i < count && bytes.length > 0; i++) {
            bytes = once(bytes, data);
        }
        return bytes;
    }

    private static byte[] once(byte[] bytes, FuzzedDataProvider data) {
        switch (data.consumeInt(0, OPERATIONS - 1)) {
            case 0:
                return flipByte(bytes, position(bytes, data), (byte) data.consumeInt(1, 255));
            case 1:
                return Arrays.copyOf(bytes, position(bytes, data));
            case 2:
                return damageKeyword(bytes, data, "startxref");
            case 3:
                return damageKeyword(bytes, data, KEYWORDS[data.consumeInt(0, KEYWORDS.length - 1)]);
            case 4:
                return duplicateTail(bytes, data);
            case 5:
                return insert(bytes, bytes.length, data.consumeBytes(data.consumeInt(0, 512)));
            case 6:
                return nestingBomb(bytes, data);
            case 7:
                return kidsCycle(bytes, data);
            case 8:
                return editNumberAfter(bytes, data, "/ByteRange");
            case 9:
                return editNumberAfter(bytes, data, "/Prev");
            case 10:
                return editHexAfter(bytes, data, "/Contents");
            case 11:
                return splice(bytes, data);
            default:
                return insert(bytes, position(bytes, data), data.consumeBytes(data.consumeInt(1, 64)));
        }
    }

    private static int position(byte[] bytes, FuzzedDataProvider data) {
        return data.consumeInt(0, bytes.length);
    }

    private static byte[] flipByte(byte[] bytes, int at, byte mask) {
        if (at >= bytes.length) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        copy[at] ^= mask;
        return copy;
    }

    /** Changes one character of an occurrence of {@code keyword} (the last one if the data says so). */
    private static byte[] damageKeyword(byte[] bytes, FuzzedDataProvider data, String keyword) {
        int at = occurrence(bytes, keyword, data);
        if (at < 0) {
            return bytes;
        }
        return flipByte(bytes, at + data.consumeInt(0, keyword.length() - 1), (byte) data.consumeInt(1, 255));
    }

    /** Appends a copy of the bytes from an occurrence of xref/startxref/trailer to the end. */
    private static byte[] duplicateTail(byte[] bytes, FuzzedDataProvider data) {
        int at = occurrence(bytes, data.pickValue(new String[] {"xref", "trailer", "startxref"}), data);
        if (at < 0) {
            return bytes;
        }
        return insert(bytes, bytes.length, Arrays.copyOfRange(bytes, at, bytes.length));
    }

    /** Puts {@code [[[...]]]} or {@code <</A <</A ...>>>>} thousands deep after a dictionary's start. */
    private static byte[] nestingBomb(byte[] bytes, FuzzedDataProvider data) {
        int at = occurrence(bytes, "<<", data);
        if (at < 0) {
            return bytes;
        }
        int depth = data.consumeInt(1, 50_000);
        boolean arrays = data.consumeBoolean();
        String bomb = arrays
                ? "/Z " + "[".repeat(depth) + "]".repeat(depth) + " "
                : "/Z " + "<</A ".repeat(depth) + "1" + ">>".repeat(depth) + " ";
        return insert(bytes, at + 2, bomb.getBytes(StandardCharsets.US_ASCII));
    }

    /** Makes an object's /Kids (or /Parent) list the object itself. */
    private static byte[] kidsCycle(byte[] bytes, FuzzedDataProvider data) {
        int at = occurrence(bytes, data.pickValue(new String[] {"/Kids", "/Parent", "/Annots", "/Fields"}), data);
        if (at < 0) {
            return bytes;
        }
        String reference = data.consumeInt(1, 40) + " 0 R ";
        int bracket = indexOf(bytes, "[", at);
        int insertAt = bracket >= 0 && bracket - at < 16 ? bracket + 1 : at + 6;
        return insert(bytes, Math.min(insertAt, bytes.length), reference.getBytes(StandardCharsets.US_ASCII));
    }

    /** Rewrites a digit of the first number after an occurrence of {@code key}. */
    private static byte[] editNumberAfter(byte[] bytes, FuzzedDataProvider data, String key) {
        int at = occurrence(bytes, key, data);
        if (at < 0) {
            return bytes;
        }
        for (int i = at + key.length(); i < Math.min(bytes.length, at + key.length() + 64); i++) {
            if (bytes[i] >= '0' && bytes[i] <= '9') {
                byte[] copy = bytes.clone();
                copy[i + Math.min(data.consumeInt(0, 8), digitsFrom(copy, i) - 1)] =
                        (byte) ('0' + data.consumeInt(0, 9));
                return copy;
            }
        }
        return bytes;
    }

    /** Rewrites a hex digit of the string after an occurrence of {@code key} (a signature value). */
    private static byte[] editHexAfter(byte[] bytes, FuzzedDataProvider data, String key) {
        int at = occurrence(bytes, key, data);
        int open = at < 0 ? -1 : indexOf(bytes, "<", at);
        if (open < 0 || open + 2 >= bytes.length) {
            return bytes;
        }
        int close = indexOf(bytes, ">", open);
        int end = close < 0 ? bytes.length : close;
        byte[] copy = bytes.clone();
        copy[data.consumeInt(open + 1, Math.max(open + 1, end - 1))] =
                (byte) "0123456789abcdef".charAt(data.consumeInt(0, 15));
        return copy;
    }

    /** Copies a range of the file over another place in it. */
    private static byte[] splice(byte[] bytes, FuzzedDataProvider data) {
        int from = position(bytes, data);
        int length = data.consumeInt(0, Math.min(4096, bytes.length - from));
        int to = position(bytes, data);
        return insert(bytes, to, Arrays.copyOfRange(bytes, from, from + length));
    }

    private static int digitsFrom(byte[] bytes, int at) {
        int n = 0;
        while (at + n < bytes.length && bytes[at + n] >= '0' && bytes[at + n] <= '9') {
            n++;
        }
        return n;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** One occurrence of {@code text}: the last, the first or one in between, as the data chooses. */
    private static int occurrence(byte[] bytes, String text, FuzzedDataProvider data) {
        int skip = data.consumeInt(0, 3);
        int at = lastIndexOf(bytes, text, bytes.length);
        while (skip-- > 0 && at > 0) {
            int earlier = lastIndexOf(bytes, text, at);
            if (earlier < 0) {
                break;
            }
            at = earlier;
        }
        return at;
    }

    static int lastIndexOf(byte[] bytes, String text, int before) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = Math.min(before, bytes.length) - needle.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, String text, int from) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i + needle.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
