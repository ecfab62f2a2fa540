/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the processor architecture from a library's header (ELF, PE or Mach-O) before loading it,
 * so that a 32-bit vendor DLL in a 64-bit VNSign is reported as such instead of as a cryptic loader
 * error.
 */
public final class LibraryArchitecture {
    private static final int HEADER_BYTES = 4096;

    private LibraryArchitecture() {}

    /** The architecture a library is built for, e.g. {@code x86_64}, {@code x86}, {@code aarch64}; empty if unknown. */
    public static Optional<String> of(Path library) {
        byte[] header = new byte[HEADER_BYTES];
        int read;
        try (InputStream in = Files.newInputStream(library)) {
            read = in.readNBytes(header, 0, HEADER_BYTES);
        } catch (IOException e) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(header, 0, read);
        if (read >= 20 && header[0] == 0x7F && header[1] == 'E' && header[2] == 'L' && header[3] == 'F') {
            return elf(buffer);
        }
        if (read >= 64 && header[0] == 'M' && header[1] == 'Z') {
            return pe(buffer, read);
        }
        if (read >= 8) {
            return machO(buffer);
        }
        return Optional.empty();
    }

    /** The architecture of this JVM, in the same vocabulary. */
    public static String ofThisJvm() {
        return normalise(System.getProperty("os.arch", ""));
    }

    /**
     * A human-readable mismatch, e.g. "x86 library, x86_64 Java", or empty when the library suits
     * this JVM or its architecture cannot be read.
     */
    public static Optional<String> mismatch(Path library) {
        String jvm = ofThisJvm();
        return of(library)
                .filter(arch -> !arch.equals(jvm) && !arch.equals("universal"))
                .map(arch -> arch + " library, " + jvm + " Java");
    }

    static String normalise(String arch) {
        return switch (arch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "x86", "i386", "i486", "i586", "i686" -> "x86";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch.toLowerCase(Locale.ROOT);
        };
    }

    private static Optional<String> elf(ByteBuffer buffer) {
        buffer.order(buffer.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int machine = Short.toUnsignedInt(buffer.getShort(18));
        return Optional.ofNullable(
                switch (machine) {
                    case 0x03 -> "x86";
                    case 0x3E -> "x86_64";
                    case 0xB7 -> "aarch64";
                    case 0x28 -> "arm";
                    default -> null;
                });
    }

    private static Optional<String> pe(ByteBuffer buffer, int read) {
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        int peOffset = buffer.getInt(0x3C);
        if (peOffset < 0 || peOffset + 6 > read || buffer.getInt(peOffset) != 0x00004550) {
            return Optional.empty();
        }
        int machine = Short.toUnsignedInt(buffer.getShort(peOffset + 4));
        return Optional.ofNullable(
                switch (machine) {
                    case 0x014C -> "x86";
                    case 0x8664 -> "x86_64";
                    case 0xAA64 -> "aarch64";
                    default -> null;
                });
    }

    private static Optional<String> machO(ByteBuffer buffer) {
        int magicBigEndian = buffer.order(ByteOrder.BIG_ENDIAN).getInt(0);
        if (magicBigEndian == 0xCAFEBABE) {
            return Optional.of("universal");
        }
        int magic = buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (magic != 0xFEEDFACF && magic != 0xFEEDFACE) {
            return Optional.empty();
        }
        int cpuType = buffer.getInt(4);
        return Optional.ofNullable(
                switch (cpuType) {
                    case 0x01000007 -> "x86_64";
                    case 0x0100000C -> "aarch64";
                    case 0x00000007 -> "x86";
                    default -> null;
                });
    }
}
