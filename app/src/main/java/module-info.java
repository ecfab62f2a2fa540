/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The VNSign desktop app and the vnsign command line. */
module org.vnsign.app {
    requires org.vnsign.token;
    requires org.vnsign.signer;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.net.http;
    requires jdk.httpserver;
    requires org.java_websocket;
    requires org.slf4j;
    requires jul.to.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires java.logging;
    requires java.desktop;
    requires javafx.controls;
    requires org.apache.pdfbox;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    opens org.vnsign.app.cli to
            info.picocli,
            com.fasterxml.jackson.databind;
    opens org.vnsign.app.i18n;
    opens org.vnsign.app.settings to
            com.fasterxml.jackson.databind;
    opens org.vnsign.app.qlvb to
            com.fasterxml.jackson.databind;
    opens org.vnsign.app.bridge to
            com.fasterxml.jackson.databind;

    exports org.vnsign.app.desktop to
            javafx.graphics;
}
