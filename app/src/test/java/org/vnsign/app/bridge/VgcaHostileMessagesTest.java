/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A hostile page's messages to the calls that parse more than a URL (SignFiles, SignMsg and kin,
 * VerifyMsg): each is refused with an {@link IllegalArgumentException} (answered as a bad request)
 * or judged not valid, never another exception that would drop the page's socket unanswered.
 */
class VgcaHostileMessagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "https://qlvb.example.gov.vn";

    @Test
    void randomSignaturesAndContentAreJudgedNotValidAndNeverThrowAnythingElse() {
        Random random = new Random(22);
        for (int i = 0; i < 500; i++) {
            byte[] signature = new byte[random.nextInt(600) + 1];
            random.nextBytes(signature);
            if (i % 3 == 0) {
                // Start like a DER SEQUENCE so the parser gets past the first byte.
                signature[0] = 0x30;
            }
            ObjectNode body = JSON.createObjectNode();
            body.put("Base64Content", Base64.getEncoder().encodeToString(new byte[] {(byte) i}));
            body.put("Signature", Base64.getEncoder().encodeToString(signature));
            MessageSignatureCheck.Result result = MessageSignatureCheck.check(body);
            assertThat(result.intact()).isFalse();
        }
    }

    @Test
    void malformedMessagesAreBadRequestsOnly() throws Exception {
        String[] messages = {
            "",
            "null",
            "[]",
            "{}",
            "{\"Files\": 3}",
            "{\"Files\": [{}]}",
            "{\"Files\": [null]}",
            "{\"FileUploadHandler\": \"https://a.example/u\", \"Files\": [{\"URL\": \"file:///etc/passwd\"}]}",
            "{\"HashValue\": 12}",
            "{\"HashValue\": \"\"}",
            "{\"HashAlg\": {}, \"HashValue\": \"AA==\"}",
            "{\"Base64Content\": \"%%%\", \"Signature\": \"AA==\"}",
            "{\"Signature\": \"\"}",
            "{\"Base64Content\": \"AA==\", \"Signature\": \"AA==\", \"CertBase64\": \"AAAA\"}",
            "{\"MetaData\": {\"Key\": 1}}",
            "\"\\u0000\"",
            "{\"FileUploadHandler\": \"https://a.example/u\", \"Files\": []}"
        };
        for (String message : messages) {
            JsonNode body = message.isEmpty() ? null : JSON.readTree(message);
            refusedOrAnswered(() -> VgcaBatch.parse(PAGE, body));
            refusedOrAnswered(() -> VgcaMessages.parse(PAGE, "/SignMsg", message));
            refusedOrAnswered(() -> VgcaMessages.parse(PAGE, "/Auth", message));
            refusedOrAnswered(() -> MessageSignatureCheck.check(body));
            refusedOrAnswered(() -> VgcaRequests.parse(PAGE, org.vnsign.signer.SignatureKind.APPROVAL, body));
        }
    }

    private static void refusedOrAnswered(Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
