/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11.jna;

import java.util.Map;

/** The {@code CKR_*} return values VNSign reacts to, with their names for logs and error details. */
public final class ReturnValues {
    public static final long CKR_OK = 0x0;
    public static final long CKR_CANCEL = 0x1;
    public static final long CKR_HOST_MEMORY = 0x2;
    public static final long CKR_SLOT_ID_INVALID = 0x3;
    public static final long CKR_GENERAL_ERROR = 0x5;
    public static final long CKR_FUNCTION_FAILED = 0x6;
    public static final long CKR_ARGUMENTS_BAD = 0x7;
    public static final long CKR_CANT_LOCK = 0xA;
    public static final long CKR_ATTRIBUTE_SENSITIVE = 0x11;
    public static final long CKR_ATTRIBUTE_TYPE_INVALID = 0x12;
    public static final long CKR_DATA_INVALID = 0x20;
    public static final long CKR_DATA_LEN_RANGE = 0x21;
    public static final long CKR_DEVICE_ERROR = 0x30;
    public static final long CKR_DEVICE_MEMORY = 0x31;
    public static final long CKR_DEVICE_REMOVED = 0x32;
    public static final long CKR_FUNCTION_CANCELED = 0x50;
    public static final long CKR_FUNCTION_NOT_SUPPORTED = 0x54;
    public static final long CKR_KEY_HANDLE_INVALID = 0x60;
    public static final long CKR_KEY_SIZE_RANGE = 0x62;
    public static final long CKR_KEY_TYPE_INCONSISTENT = 0x63;
    public static final long CKR_KEY_FUNCTION_NOT_PERMITTED = 0x68;
    public static final long CKR_MECHANISM_INVALID = 0x70;
    public static final long CKR_MECHANISM_PARAM_INVALID = 0x71;
    public static final long CKR_OBJECT_HANDLE_INVALID = 0x82;
    public static final long CKR_OPERATION_ACTIVE = 0x90;
    public static final long CKR_OPERATION_NOT_INITIALIZED = 0x91;
    public static final long CKR_PIN_INCORRECT = 0xA0;
    public static final long CKR_PIN_INVALID = 0xA1;
    public static final long CKR_PIN_LEN_RANGE = 0xA2;
    public static final long CKR_PIN_EXPIRED = 0xA3;
    public static final long CKR_PIN_LOCKED = 0xA4;
    public static final long CKR_SESSION_CLOSED = 0xB0;
    public static final long CKR_SESSION_COUNT = 0xB1;
    public static final long CKR_SESSION_HANDLE_INVALID = 0xB3;
    public static final long CKR_TOKEN_NOT_PRESENT = 0xE0;
    public static final long CKR_TOKEN_NOT_RECOGNIZED = 0xE1;
    public static final long CKR_USER_ALREADY_LOGGED_IN = 0x100;
    public static final long CKR_USER_NOT_LOGGED_IN = 0x101;
    public static final long CKR_USER_PIN_NOT_INITIALIZED = 0x102;
    public static final long CKR_USER_TYPE_INVALID = 0x103;
    public static final long CKR_BUFFER_TOO_SMALL = 0x150;
    public static final long CKR_CRYPTOKI_NOT_INITIALIZED = 0x190;
    public static final long CKR_CRYPTOKI_ALREADY_INITIALIZED = 0x191;

    private static final Map<Long, String> NAMES = Map.ofEntries(
            Map.entry(CKR_OK, "CKR_OK"),
            Map.entry(CKR_CANCEL, "CKR_CANCEL"),
            Map.entry(CKR_HOST_MEMORY, "CKR_HOST_MEMORY"),
            Map.entry(CKR_SLOT_ID_INVALID, "CKR_SLOT_ID_INVALID"),
            Map.entry(CKR_GENERAL_ERROR, "CKR_GENERAL_ERROR"),
            Map.entry(CKR_FUNCTION_FAILED, "CKR_FUNCTION_FAILED"),
            Map.entry(CKR_ARGUMENTS_BAD, "CKR_ARGUMENTS_BAD"),
            Map.entry(CKR_CANT_LOCK, "CKR_CANT_LOCK"),
            Map.entry(CKR_ATTRIBUTE_SENSITIVE, "CKR_ATTRIBUTE_SENSITIVE"),
            Map.entry(CKR_ATTRIBUTE_TYPE_INVALID, "CKR_ATTRIBUTE_TYPE_INVALID"),
            Map.entry(CKR_DATA_INVALID, "CKR_DATA_INVALID"),
            Map.entry(CKR_DATA_LEN_RANGE, "CKR_DATA_LEN_RANGE"),
            Map.entry(CKR_DEVICE_ERROR, "CKR_DEVICE_ERROR"),
            Map.entry(CKR_DEVICE_MEMORY, "CKR_DEVICE_MEMORY"),
            Map.entry(CKR_DEVICE_REMOVED, "CKR_DEVICE_REMOVED"),
            Map.entry(CKR_FUNCTION_CANCELED, "CKR_FUNCTION_CANCELED"),
            Map.entry(CKR_FUNCTION_NOT_SUPPORTED, "CKR_FUNCTION_NOT_SUPPORTED"),
            Map.entry(CKR_KEY_HANDLE_INVALID, "CKR_KEY_HANDLE_INVALID"),
            Map.entry(CKR_KEY_SIZE_RANGE, "CKR_KEY_SIZE_RANGE"),
            Map.entry(CKR_KEY_TYPE_INCONSISTENT, "CKR_KEY_TYPE_INCONSISTENT"),
            Map.entry(CKR_KEY_FUNCTION_NOT_PERMITTED, "CKR_KEY_FUNCTION_NOT_PERMITTED"),
            Map.entry(CKR_MECHANISM_INVALID, "CKR_MECHANISM_INVALID"),
            Map.entry(CKR_MECHANISM_PARAM_INVALID, "CKR_MECHANISM_PARAM_INVALID"),
            Map.entry(CKR_OBJECT_HANDLE_INVALID, "CKR_OBJECT_HANDLE_INVALID"),
            Map.entry(CKR_OPERATION_ACTIVE, "CKR_OPERATION_ACTIVE"),
            Map.entry(CKR_OPERATION_NOT_INITIALIZED, "CKR_OPERATION_NOT_INITIALIZED"),
            Map.entry(CKR_PIN_INCORRECT, "CKR_PIN_INCORRECT"),
            Map.entry(CKR_PIN_INVALID, "CKR_PIN_INVALID"),
            Map.entry(CKR_PIN_LEN_RANGE, "CKR_PIN_LEN_RANGE"),
            Map.entry(CKR_PIN_EXPIRED, "CKR_PIN_EXPIRED"),
            Map.entry(CKR_PIN_LOCKED, "CKR_PIN_LOCKED"),
            Map.entry(CKR_SESSION_CLOSED, "CKR_SESSION_CLOSED"),
            Map.entry(CKR_SESSION_COUNT, "CKR_SESSION_COUNT"),
            Map.entry(CKR_SESSION_HANDLE_INVALID, "CKR_SESSION_HANDLE_INVALID"),
            Map.entry(CKR_TOKEN_NOT_PRESENT, "CKR_TOKEN_NOT_PRESENT"),
            Map.entry(CKR_TOKEN_NOT_RECOGNIZED, "CKR_TOKEN_NOT_RECOGNIZED"),
            Map.entry(CKR_USER_ALREADY_LOGGED_IN, "CKR_USER_ALREADY_LOGGED_IN"),
            Map.entry(CKR_USER_NOT_LOGGED_IN, "CKR_USER_NOT_LOGGED_IN"),
            Map.entry(CKR_USER_PIN_NOT_INITIALIZED, "CKR_USER_PIN_NOT_INITIALIZED"),
            Map.entry(CKR_USER_TYPE_INVALID, "CKR_USER_TYPE_INVALID"),
            Map.entry(CKR_BUFFER_TOO_SMALL, "CKR_BUFFER_TOO_SMALL"),
            Map.entry(CKR_CRYPTOKI_NOT_INITIALIZED, "CKR_CRYPTOKI_NOT_INITIALIZED"),
            Map.entry(CKR_CRYPTOKI_ALREADY_INITIALIZED, "CKR_CRYPTOKI_ALREADY_INITIALIZED"));

    private ReturnValues() {}

    /** The symbolic name of a return value, or its hexadecimal form for unknown and vendor codes. */
    public static String name(long returnValue) {
        String name = NAMES.get(returnValue);
        return name != null ? name : String.format("CKR_0x%08X", returnValue);
    }
}
