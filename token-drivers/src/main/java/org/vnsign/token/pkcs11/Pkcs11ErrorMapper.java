/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import static org.vnsign.token.pkcs11.jna.ReturnValues.*;

import java.util.EnumSet;
import java.util.Set;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.PinFlag;
import org.vnsign.token.TokenException;
import org.vnsign.token.pkcs11.jna.Ck;
import org.vnsign.token.pkcs11.jna.Pkcs11CallException;
import org.vnsign.token.pkcs11.jna.ReturnValues;

/**
 * The one place where PKCS#11 return values and token flags become VNSign error codes and PIN
 * states. Nothing else in VNSign looks at a {@code CKR_*} value.
 */
public final class Pkcs11ErrorMapper {
    private Pkcs11ErrorMapper() {}

    /** The error code for a return value. */
    public static ErrorCode codeFor(long returnValue) {
        if (returnValue == CKR_PIN_INCORRECT) {
            return ErrorCode.TOKEN_PIN_INCORRECT;
        }
        if (returnValue == CKR_PIN_LOCKED) {
            return ErrorCode.TOKEN_LOCKED;
        }
        if (returnValue == CKR_PIN_EXPIRED) {
            return ErrorCode.TOKEN_PIN_EXPIRED;
        }
        if (returnValue == CKR_PIN_INVALID || returnValue == CKR_PIN_LEN_RANGE) {
            return ErrorCode.TOKEN_PIN_INVALID;
        }
        if (returnValue == CKR_DEVICE_REMOVED
                || returnValue == CKR_TOKEN_NOT_PRESENT
                || returnValue == CKR_SESSION_HANDLE_INVALID
                || returnValue == CKR_SESSION_CLOSED
                || returnValue == CKR_SLOT_ID_INVALID) {
            return ErrorCode.TOKEN_REMOVED;
        }
        if (returnValue == CKR_TOKEN_NOT_RECOGNIZED || returnValue == CKR_USER_PIN_NOT_INITIALIZED) {
            return ErrorCode.TOKEN_NOT_INITIALIZED;
        }
        if (returnValue == CKR_USER_NOT_LOGGED_IN) {
            return ErrorCode.TOKEN_NOT_LOGGED_IN;
        }
        if (returnValue == CKR_CANCEL || returnValue == CKR_FUNCTION_CANCELED) {
            return ErrorCode.TOKEN_LOGIN_CANCELLED;
        }
        if (returnValue == CKR_MECHANISM_INVALID
                || returnValue == CKR_MECHANISM_PARAM_INVALID
                || returnValue == CKR_KEY_TYPE_INCONSISTENT
                || returnValue == CKR_KEY_SIZE_RANGE) {
            return ErrorCode.MECHANISM_UNSUPPORTED;
        }
        if (returnValue == CKR_KEY_FUNCTION_NOT_PERMITTED) {
            return ErrorCode.KEY_NOT_FOR_SIGNING;
        }
        if (returnValue == CKR_KEY_HANDLE_INVALID || returnValue == CKR_OBJECT_HANDLE_INVALID) {
            return ErrorCode.KEY_NOT_FOUND;
        }
        return ErrorCode.TOKEN_FAILURE;
    }

    /** A typed exception for a failed call, carrying the PIN state read after it. */
    static TokenException map(Pkcs11CallException failure, Set<PinFlag> pinFlagsAfter) {
        ErrorCode code = codeFor(failure.returnValue());
        if (code == ErrorCode.TOKEN_PIN_INCORRECT && pinFlagsAfter.contains(PinFlag.LOCKED)) {
            code = ErrorCode.TOKEN_LOCKED;
        }
        return new TokenException(code, failure.getMessage(), pinFlagsAfter, failure);
    }

    /** A typed exception for a failed call when the PIN state is not relevant or not readable. */
    static TokenException map(Pkcs11CallException failure) {
        return map(failure, Set.of());
    }

    /** The PIN state in CK_TOKEN_INFO flags. */
    public static Set<PinFlag> pinFlags(long tokenFlags) {
        Set<PinFlag> flags = EnumSet.noneOf(PinFlag.class);
        if ((tokenFlags & Ck.CKF_USER_PIN_COUNT_LOW) != 0) {
            flags.add(PinFlag.COUNT_LOW);
        }
        if ((tokenFlags & Ck.CKF_USER_PIN_FINAL_TRY) != 0) {
            flags.add(PinFlag.FINAL_TRY);
        }
        if ((tokenFlags & Ck.CKF_USER_PIN_LOCKED) != 0) {
            flags.add(PinFlag.LOCKED);
        }
        if ((tokenFlags & Ck.CKF_USER_PIN_TO_BE_CHANGED) != 0) {
            flags.add(PinFlag.TO_BE_CHANGED);
        }
        if ((tokenFlags & Ck.CKF_TOKEN_INITIALIZED) == 0 || (tokenFlags & Ck.CKF_USER_PIN_INITIALIZED) == 0) {
            flags.add(PinFlag.NOT_INITIALIZED);
        }
        return flags;
    }

    /** The symbolic name of a return value, for details. */
    public static String name(long returnValue) {
        return ReturnValues.name(returnValue);
    }
}
