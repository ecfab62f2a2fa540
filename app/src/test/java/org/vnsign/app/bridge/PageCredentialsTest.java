/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.vnsign.signer.SignatureKind;

/** What a VGCA page hands over for its server (SessionId, JWTToken, MetaData) and where it may go. */
class PageCredentialsTest {
    private static final String PAGE = "https://qlvb.example.gov.vn";
    private static final URI UPLOAD = URI.create("https://files.example.gov.vn:8443/FileUploadHandler?t=1");

    @Test
    void theCredentialsGoOnlyToThePagesOwnOriginAndTheUploadHandlers() {
        assertThat(PageCredentials.mayGoTo(URI.create("https://qlvb.example.gov.vn/files/1.pdf"), PAGE, UPLOAD))
                .isTrue();
        assertThat(PageCredentials.mayGoTo(URI.create("https://files.example.gov.vn:8443/doc/1.pdf"), PAGE, UPLOAD))
                .isTrue();
        assertThat(PageCredentials.mayGoTo(URI.create("https://files.example.gov.vn/doc/1.pdf"), PAGE, UPLOAD))
                .as("another port is another origin")
                .isFalse();
        assertThat(PageCredentials.mayGoTo(URI.create("http://qlvb.example.gov.vn/files/1.pdf"), PAGE, UPLOAD))
                .as("plain http is another origin")
                .isFalse();
        assertThat(PageCredentials.mayGoTo(URI.create("https://cdn.example.com/1.pdf"), PAGE, UPLOAD))
                .isFalse();
    }

    @Test
    void aSessionIsSentAsTheCookieAndAJwtAsTheBearer() {
        assertThat(new PageCredentials("ASP.NET_SessionId=abc; lang=vi", "").cookieHeader())
                .isEqualTo("ASP.NET_SessionId=abc; lang=vi");
        assertThat(new PageCredentials("abc", "").cookieHeader()).isEqualTo("SessionId=abc");
        assertThat(new PageCredentials("", "eyJ.x.y").authorizationHeader()).isEqualTo("Bearer eyJ.x.y");
        assertThat(PageCredentials.none().cookieHeader()).isEmpty();
        assertThat(PageCredentials.none().authorizationHeader()).isEmpty();
    }

    @Test
    void aValueThatWouldAddAHeaderIsRefused() {
        assertThatThrownBy(() -> new PageCredentials("a=b\r\nX-Evil: 1", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SessionId");
        assertThatThrownBy(() -> new PageCredentials("", "t\nHost: evil"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JWTToken");
    }

    @Test
    void metaDataBecomesOrderedFormFieldsAndAKeyThatCouldBreakItsHeaderIsRefused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        BridgeRequest request = VgcaRequests.parse(
                PAGE,
                SignatureKind.APPROVAL,
                json.readTree("{\"FileName\":\"https://qlvb.example.gov.vn/a.pdf\","
                        + "\"FileUploadHandler\":\"https://qlvb.example.gov.vn/up\",\"SessionId\":\"s=1\","
                        + "\"JWTToken\":\"j\",\"MetaData\":[{\"Key\":\"z\",\"Value\":\"1\"},"
                        + "{\"Key\":\"a\",\"Value\":2},{\"Key\":\"\",\"Value\":\"dropped\"}]}"));

        assertThat(request.metaData()).containsExactly(java.util.Map.entry("z", "1"), java.util.Map.entry("a", "2"));
        assertThat(request.credentials()).isEqualTo(new PageCredentials("s=1", "j"));
        assertThat(request.uploadToken()).isEqualTo("j");
        assertThatThrownBy(() -> VgcaRequests.metaData(json.readTree("[{\"Key\":\"a\\\"; filename=\\\"x\"}]")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VgcaRequests.metaData(json.readTree("{\"Key\":\"a\"}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
