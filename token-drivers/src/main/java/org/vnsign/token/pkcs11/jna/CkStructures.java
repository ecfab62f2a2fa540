/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11.jna;

import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.nio.charset.StandardCharsets;

/**
 * The PKCS#11 structures VNSign reads or passes. Cryptoki packs structures to one byte on Windows
 * ({@code #pragma pack(push, cryptoki, 1)}) and uses the platform's natural alignment elsewhere;
 * {@link #ALIGNMENT} follows that rule.
 */
public final class CkStructures {
    static final int ALIGNMENT = Platform.isWindows() ? Structure.ALIGN_NONE : Structure.ALIGN_DEFAULT;

    private CkStructures() {}

    /** Decodes a blank-padded, not NUL-terminated UTF-8 field such as a token label. */
    public static String paddedString(byte[] field) {
        int end = field.length;
        while (end > 0 && (field[end - 1] == ' ' || field[end - 1] == 0)) {
            end--;
        }
        return new String(field, 0, end, StandardCharsets.UTF_8);
    }

    /** {@code CK_VERSION}. */
    @Structure.FieldOrder({"major", "minor"})
    public static class CkVersion extends Structure {
        public byte major;
        public byte minor;

        public CkVersion() {
            super(ALIGNMENT);
        }

        @Override
        public String toString() {
            return Byte.toUnsignedInt(major) + "." + Byte.toUnsignedInt(minor);
        }
    }

    /** {@code CK_INFO}. */
    @Structure.FieldOrder({"cryptokiVersion", "manufacturerID", "flags", "libraryDescription", "libraryVersion"})
    public static class CkInfo extends Structure {
        public CkVersion cryptokiVersion;
        public byte[] manufacturerID = new byte[32];
        public NativeLong flags;
        public byte[] libraryDescription = new byte[32];
        public CkVersion libraryVersion;

        public CkInfo() {
            super(ALIGNMENT);
        }
    }

    /** {@code CK_TOKEN_INFO}. */
    @Structure.FieldOrder({
        "label",
        "manufacturerID",
        "model",
        "serialNumber",
        "flags",
        "ulMaxSessionCount",
        "ulSessionCount",
        "ulMaxRwSessionCount",
        "ulRwSessionCount",
        "ulMaxPinLen",
        "ulMinPinLen",
        "ulTotalPublicMemory",
        "ulFreePublicMemory",
        "ulTotalPrivateMemory",
        "ulFreePrivateMemory",
        "hardwareVersion",
        "firmwareVersion",
        "utcTime"
    })
    public static class CkTokenInfo extends Structure {
        public byte[] label = new byte[32];
        public byte[] manufacturerID = new byte[32];
        public byte[] model = new byte[16];
        public byte[] serialNumber = new byte[16];
        public NativeLong flags;
        public NativeLong ulMaxSessionCount;
        public NativeLong ulSessionCount;
        public NativeLong ulMaxRwSessionCount;
        public NativeLong ulRwSessionCount;
        public NativeLong ulMaxPinLen;
        public NativeLong ulMinPinLen;
        public NativeLong ulTotalPublicMemory;
        public NativeLong ulFreePublicMemory;
        public NativeLong ulTotalPrivateMemory;
        public NativeLong ulFreePrivateMemory;
        public CkVersion hardwareVersion;
        public CkVersion firmwareVersion;
        public byte[] utcTime = new byte[16];

        public CkTokenInfo() {
            super(ALIGNMENT);
        }
    }

    /** {@code CK_C_INITIALIZE_ARGS}: no callbacks, the OS's own locking. */
    @Structure.FieldOrder({"createMutex", "destroyMutex", "lockMutex", "unlockMutex", "flags", "pReserved"})
    public static class CkInitializeArgs extends Structure {
        public Pointer createMutex;
        public Pointer destroyMutex;
        public Pointer lockMutex;
        public Pointer unlockMutex;
        public NativeLong flags;
        public Pointer pReserved;

        public CkInitializeArgs(long flags) {
            super(ALIGNMENT);
            this.flags = new NativeLong(flags);
        }
    }

    /** {@code CK_ATTRIBUTE}. */
    @Structure.FieldOrder({"type", "pValue", "ulValueLen"})
    public static class CkAttribute extends Structure {
        public NativeLong type;
        public Pointer pValue;
        public NativeLong ulValueLen;

        public CkAttribute() {
            super(ALIGNMENT);
        }
    }

    /** {@code CK_MECHANISM}. */
    @Structure.FieldOrder({"mechanism", "pParameter", "ulParameterLen"})
    public static class CkMechanism extends Structure {
        public NativeLong mechanism;
        public Pointer pParameter;
        public NativeLong ulParameterLen;

        public CkMechanism() {
            super(ALIGNMENT);
        }
    }

    /** {@code CK_RSA_PKCS_PSS_PARAMS}. */
    @Structure.FieldOrder({"hashAlg", "mgf", "sLen"})
    public static class CkRsaPkcsPssParams extends Structure {
        public NativeLong hashAlg;
        public NativeLong mgf;
        public NativeLong sLen;

        public CkRsaPkcsPssParams() {
            super(ALIGNMENT);
        }
    }
}
