/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Key sources for VNSign: PKCS#11 tokens, PKCS#12 files and the Windows certificate store. */
module org.vnsign.token {
    requires com.sun.jna;
    requires java.naming;
    requires org.slf4j;

    exports org.vnsign.token;
    exports org.vnsign.token.pkcs11;
    exports org.vnsign.token.pkcs12;
    exports org.vnsign.token.mscapi;
    exports org.vnsign.token.keystore;

    opens org.vnsign.token.pkcs11.jna to
            com.sun.jna;

    uses org.vnsign.token.TokenProvider;

    provides org.vnsign.token.TokenProvider with
            org.vnsign.token.pkcs11.Pkcs11TokenProvider,
            org.vnsign.token.pkcs12.Pkcs12TokenProvider,
            org.vnsign.token.mscapi.MscapiTokenProvider;
}
