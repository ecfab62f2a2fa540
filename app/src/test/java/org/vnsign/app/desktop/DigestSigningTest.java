/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

/** An ECDSA token's {@code r || s} reaches a page as the DER value every verifier reads. */
class DigestSigningTest {
    @Test
    void anEcdsaValueFromTheTokenIsGivenToThePageInDer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        byte[] data = "dang-nhap-42".getBytes(StandardCharsets.UTF_8);
        Signature token = Signature.getInstance("SHA256withECDSAinP1363Format");
        token.initSign(key.getPrivate());
        token.update(data);
        byte[] p1363 = token.sign();

        byte[] der = DigestSigning.der(p1363, (ECPublicKey) key.getPublic());

        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key.getPublic());
        verifier.update(data);
        assertThat(der[0]).as("a DER SEQUENCE").isEqualTo((byte) 0x30);
        assertThat(verifier.verify(der)).isTrue();
    }
}
