/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.vnsign.token.DigestAlgorithm;

/** The shapes in which VGCA pages send what to sign without a document (vn-conventions 3.1.3). */
class VgcaMessagesTest {
    private static final String PAGE = "https://qlvb.example.gov.vn";

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    @Test
    void aHashValueIsSignedAsGivenAndDataIsHashedHere() throws Exception {
        byte[] data = "Công văn".getBytes(StandardCharsets.UTF_8);
        String hash = Base64.getEncoder().encodeToString(sha256(data));

        DigestRequest given = VgcaMessages.parse(
                PAGE, "/SignMsg", "{\"HashAlg\":\"SHA256\",\"HashValue\":\"" + hash + "\",\"Encode\":\"RSA\"}");
        DigestRequest content = VgcaMessages.parse(
                PAGE, "/SignMsg", "{\"Base64Content\":\"" + Base64.getEncoder().encodeToString(data) + "\"}");
        DigestRequest older =
                VgcaMessages.parse(PAGE, "/SignMsg", Base64.getEncoder().encodeToString(data));

        assertThat(given.digest()).isEqualTo(sha256(data));
        assertThat(content.digest()).isEqualTo(sha256(data));
        assertThat(older.digest()).as("older pages send the base64 data alone").isEqualTo(sha256(data));
        assertThat(given.algorithm()).isEqualTo(DigestAlgorithm.SHA256);
    }

    @Test
    void anAuthChallengeIsItsOwnWordsShownAndHashed() throws Exception {
        DigestRequest auth = VgcaMessages.parse(PAGE, "/Auth", "\"dang-nhap-42\"");

        assertThat(auth.shownText()).isEqualTo("dang-nhap-42");
        assertThat(auth.digest()).isEqualTo(sha256("dang-nhap-42".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sha1AWrongLengthAndNotBase64AreRefused() {
        assertThatThrownBy(() -> VgcaMessages.parse(
                        PAGE, "/SignHash", "{\"HashAlg\":\"SHA1\",\"HashValue\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}"))
                .hasMessageContaining("SHA-1");
        assertThatThrownBy(() -> VgcaMessages.parse(PAGE, "/SignHash", "{\"HashValue\":\"AAAA\"}"))
                .hasMessageContaining("not a SHA-256 digest");
        assertThatThrownBy(() -> VgcaMessages.parse(PAGE, "/SignMsg", "{\"HashValue\":\"@@@\"}"))
                .hasMessageContaining("not base64");
    }
}
