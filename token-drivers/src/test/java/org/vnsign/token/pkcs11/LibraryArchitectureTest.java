/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryArchitectureTest {
    @TempDir
    Path folder;

    @Test
    void readsElfMachine() throws IOException {
        assertThat(LibraryArchitecture.of(elf(1, 0x03))).contains("x86");
        assertThat(LibraryArchitecture.of(elf(2, 0x3E))).contains("x86_64");
        assertThat(LibraryArchitecture.of(elf(2, 0xB7))).contains("aarch64");
    }

    @Test
    void readsPeMachine() throws IOException {
        assertThat(LibraryArchitecture.of(pe(0x014C))).contains("x86");
        assertThat(LibraryArchitecture.of(pe(0x8664))).contains("x86_64");
    }

    @Test
    void readsMachOCpuType() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0xFEEDFACF).putInt(0x0100000C);
        Path file = folder.resolve("lib.dylib");
        Files.write(file, header.array());
        assertThat(LibraryArchitecture.of(file)).contains("aarch64");
    }

    @Test
    void reportsA32BitDriverInA64BitJvmAsMismatch() throws IOException {
        Path driver = elf(1, 0x03);
        assertThat(LibraryArchitecture.mismatch(driver))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("x86 library"));
    }

    @Test
    void unknownFilesHaveNoArchitecture() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a library");
        assertThat(LibraryArchitecture.of(text)).isEmpty();
        assertThat(LibraryArchitecture.mismatch(text)).isEmpty();
    }

    @Test
    void theInstalledSoftHsmMatchesThisJvm() {
        Path softHsm = Path.of("/usr/lib/softhsm/libsofthsm2.so");
        if (Files.exists(softHsm)) {
            assertThat(LibraryArchitecture.mismatch(softHsm)).isEmpty();
        }
    }

    /** A minimal ELF header: magic, class (1 = 32-bit, 2 = 64-bit), little-endian, e_machine at 18. */
    Path elf(int elfClass, int machine) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        header.put(new byte[] {0x7F, 'E', 'L', 'F', (byte) elfClass, 1, 1});
        header.putShort(18, (short) machine);
        Path file = folder.resolve("lib" + elfClass + "_" + machine + ".so");
        Files.write(file, header.array());
        return file;
    }

    Path pe(int machine) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        header.put(0, (byte) 'M').put(1, (byte) 'Z');
        header.putInt(0x3C, 0x80);
        header.putInt(0x80, 0x00004550);
        header.putShort(0x84, (short) machine);
        Path file = folder.resolve("driver" + machine + ".dll");
        Files.write(file, header.array());
        return file;
    }
}
