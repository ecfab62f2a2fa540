/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11.jna;

/** PKCS#11 v2.40 constants used by VNSign, named as in {@code pkcs11t.h}. */
public final class Ck {
    public static final long CKF_OS_LOCKING_OK = 0x2;

    public static final long CKF_LOGIN_REQUIRED = 0x4;
    public static final long CKF_USER_PIN_INITIALIZED = 0x8;
    public static final long CKF_PROTECTED_AUTHENTICATION_PATH = 0x100;
    public static final long CKF_TOKEN_INITIALIZED = 0x400;
    public static final long CKF_USER_PIN_COUNT_LOW = 0x10000;
    public static final long CKF_USER_PIN_FINAL_TRY = 0x20000;
    public static final long CKF_USER_PIN_LOCKED = 0x40000;
    public static final long CKF_USER_PIN_TO_BE_CHANGED = 0x80000;

    public static final long CKF_SERIAL_SESSION = 0x4;

    public static final long CKU_USER = 1;
    public static final long CKU_CONTEXT_SPECIFIC = 2;

    public static final long CKO_CERTIFICATE = 1;
    public static final long CKO_PRIVATE_KEY = 3;
    public static final long CKC_X_509 = 0;

    public static final long CKA_CLASS = 0x0;
    public static final long CKA_LABEL = 0x3;
    public static final long CKA_VALUE = 0x11;
    public static final long CKA_CERTIFICATE_TYPE = 0x80;
    public static final long CKA_KEY_TYPE = 0x100;
    public static final long CKA_ID = 0x102;
    public static final long CKA_SIGN = 0x108;
    public static final long CKA_ALWAYS_AUTHENTICATE = 0x202;

    public static final long CKK_RSA = 0x0;
    public static final long CKK_EC = 0x3;

    public static final long CKM_RSA_PKCS = 0x1;
    public static final long CKM_RSA_PKCS_PSS = 0xD;
    public static final long CKM_ECDSA = 0x1041;
    public static final long CKM_SHA256 = 0x250;
    public static final long CKM_SHA384 = 0x260;
    public static final long CKM_SHA512 = 0x270;
    public static final long CKG_MGF1_SHA256 = 0x2;
    public static final long CKG_MGF1_SHA384 = 0x3;
    public static final long CKG_MGF1_SHA512 = 0x4;

    /** {@code CK_UNAVAILABLE_INFORMATION}: all bits set, whatever the width of CK_ULONG. */
    public static final long UNAVAILABLE_INFORMATION = -1L;

    private Ck() {}
}
