/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.PinFlag;
import org.vnsign.token.pkcs11.jna.Ck;
import org.vnsign.token.pkcs11.jna.Pkcs11CallException;
import org.vnsign.token.pkcs11.jna.ReturnValues;

class Pkcs11ErrorMapperTest {

    @ParameterizedTest
    @CsvSource({
        "0xA0, TOKEN_PIN_INCORRECT",
        "0xA4, TOKEN_LOCKED",
        "0xA3, TOKEN_PIN_EXPIRED",
        "0xA1, TOKEN_PIN_INVALID",
        "0xA2, TOKEN_PIN_INVALID",
        "0x32, TOKEN_REMOVED",
        "0xE0, TOKEN_REMOVED",
        "0xB3, TOKEN_REMOVED",
        "0xB0, TOKEN_REMOVED",
        "0xE1, TOKEN_NOT_INITIALIZED",
        "0x102, TOKEN_NOT_INITIALIZED",
        "0x101, TOKEN_NOT_LOGGED_IN",
        "0x1, TOKEN_LOGIN_CANCELLED",
        "0x50, TOKEN_LOGIN_CANCELLED",
        "0x70, MECHANISM_UNSUPPORTED",
        "0x63, MECHANISM_UNSUPPORTED",
        "0x68, KEY_NOT_FOR_SIGNING",
        "0x60, KEY_NOT_FOUND",
        "0x30, TOKEN_FAILURE",
        "0x80000001, TOKEN_FAILURE"
    })
    void mapsReturnValuesToErrorCodes(String returnValue, ErrorCode expected) {
        assertThat(Pkcs11ErrorMapper.codeFor(Long.decode(returnValue))).isEqualTo(expected);
    }

    @Test
    void readsPinWarningsFromTokenFlags() {
        long initialised = Ck.CKF_TOKEN_INITIALIZED | Ck.CKF_USER_PIN_INITIALIZED;
        assertThat(Pkcs11ErrorMapper.pinFlags(initialised)).isEmpty();
        assertThat(Pkcs11ErrorMapper.pinFlags(initialised | Ck.CKF_USER_PIN_COUNT_LOW))
                .containsExactly(PinFlag.COUNT_LOW);
        assertThat(Pkcs11ErrorMapper.pinFlags(initialised | Ck.CKF_USER_PIN_COUNT_LOW | Ck.CKF_USER_PIN_FINAL_TRY))
                .containsExactlyInAnyOrder(PinFlag.COUNT_LOW, PinFlag.FINAL_TRY);
        assertThat(Pkcs11ErrorMapper.pinFlags(initialised | Ck.CKF_USER_PIN_LOCKED))
                .containsExactly(PinFlag.LOCKED);
        assertThat(Pkcs11ErrorMapper.pinFlags(initialised | Ck.CKF_USER_PIN_TO_BE_CHANGED))
                .containsExactly(PinFlag.TO_BE_CHANGED);
        assertThat(Pkcs11ErrorMapper.pinFlags(Ck.CKF_TOKEN_INITIALIZED)).containsExactly(PinFlag.NOT_INITIALIZED);
    }

    @Test
    void wrongPinCarriesTheRemainingTriesState() {
        var failure = new Pkcs11CallException("C_Login", ReturnValues.CKR_PIN_INCORRECT);

        var error = Pkcs11ErrorMapper.map(failure, Set.of(PinFlag.COUNT_LOW, PinFlag.FINAL_TRY));

        assertThat(error.code()).isEqualTo(ErrorCode.TOKEN_PIN_INCORRECT);
        assertThat(error.pinFlags()).containsExactlyInAnyOrder(PinFlag.COUNT_LOW, PinFlag.FINAL_TRY);
        assertThat(error.detail()).contains("CKR_PIN_INCORRECT");
    }

    @Test
    void wrongPinThatLockedTheTokenIsReportedAsLocked() {
        var failure = new Pkcs11CallException("C_Login", ReturnValues.CKR_PIN_INCORRECT);

        var error = Pkcs11ErrorMapper.map(failure, Set.of(PinFlag.LOCKED));

        assertThat(error.code()).isEqualTo(ErrorCode.TOKEN_LOCKED);
    }

    @Test
    void namesUnknownReturnValuesInHex() {
        assertThat(Pkcs11ErrorMapper.name(0x80000123L)).isEqualTo("CKR_0x80000123");
        assertThat(Pkcs11ErrorMapper.name(0xA0)).isEqualTo("CKR_PIN_INCORRECT");
    }
}
