/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.PinFlag;
import org.vnsign.token.TokenException;

/**
 * A wrong PIN says what the token reported about the tries left, and nothing it did not report
 * (issue 21): PKCS#11 tokens give "few left" and "last one", never a number.
 */
class ErrorTextsTest {
    private final Messages vietnamese = Messages.forLocale(Messages.VIETNAMESE);
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    private static Throwable wrongPin(Set<PinFlag> after) {
        // As the desktop meets it: the token's failure inside signer-core's signing failure.
        return new SignerException(
                SignerError.SIGNATURE_VALUE_FAILED,
                "the key did not sign",
                new TokenException(ErrorCode.TOKEN_PIN_INCORRECT, "C_Login", after, null));
    }

    @Test
    void aWrongPinOnTheLastTrySaysTheNextWrongPinLocksTheToken() {
        assertThat(ErrorTexts.text(vietnamese, wrongPin(Set.of(PinFlag.FINAL_TRY)), ErrorTexts.Surface.DESKTOP))
                .isEqualTo("Mã PIN không đúng. Hãy kiểm tra kỹ trước khi thử lại. "
                        + "Token báo: nhập sai thêm một lần nữa token sẽ bị khóa.");
        assertThat(ErrorTexts.text(
                        english, wrongPin(Set.of(PinFlag.FINAL_TRY, PinFlag.COUNT_LOW)), ErrorTexts.Surface.CLI))
                .endsWith("The token says the next wrong PIN locks it.");
    }

    @Test
    void aWrongPinWithFewTriesLeftSaysSoWithoutInventingACount() {
        assertThat(ErrorTexts.text(english, wrongPin(Set.of(PinFlag.COUNT_LOW)), ErrorTexts.Surface.DESKTOP))
                .isEqualTo("Wrong PIN. Check it carefully before trying again. "
                        + "The token says few tries are left (tokens do not say how many).");
    }

    @Test
    void aWrongPinTheTokenSaidNothingAboutIsJustAWrongPin() {
        assertThat(ErrorTexts.text(english, wrongPin(Set.of()), ErrorTexts.Surface.DESKTOP))
                .isEqualTo("Wrong PIN. Check it carefully before trying again.");
    }
}
