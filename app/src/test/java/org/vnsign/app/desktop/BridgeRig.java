/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.vnsign.app.bridge.DocumentSources;
import org.vnsign.testsupport.browser.Chromium;
import org.vnsign.testsupport.documents.Decree30Pdf;
import org.vnsign.testsupport.services.QlvbServer;

/**
 * What the bridge tests share: the desktop view model on the SoftHSM2 token, a QLVB server with
 * one document waiting ({@code id}), a page server on an allowed and one on a foreign origin, and
 * Chromium once the test starts it.
 */
final class BridgeRig implements AutoCloseable {
    final DesktopFixture fixture;
    final MainViewModel model;
    final QlvbServer qlvb = new QlvbServer();
    final TestPages allowedPages = new TestPages();
    final TestPages foreignPages = new TestPages();
    private Chromium chromium;

    BridgeRig(Path dir, String id, String action) throws Exception {
        assertThat(Chromium.installed())
                .as("Chromium (Debian package chromium; scripts/install-test-deps.sh installs it)")
                .isTrue();
        fixture = new DesktopFixture(dir);
        model = fixture.model(false, null, null, null, Clock.systemUTC());
        qlvb.offer(new QlvbServer.Waiting(
                id,
                "Văn bản",
                action,
                id + ".pdf",
                Files.readAllBytes(new Decree30Pdf().write(dir.resolve(id + ".pdf")))));
    }

    /** @param environment for Chromium, e.g. the HOME whose NSS database trusts a local certificate */
    Chromium chromium(Map<String, String> environment) throws Exception {
        chromium = Chromium.start(environment);
        return chromium;
    }

    /** Waits until the desktop asks whether to open a request's document; fails after a minute. */
    void awaitConsent() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (model.bridge().awaitingProperty().get() == null) {
            assertThat(System.currentTimeMillis()).as("the request is shown").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /**
     * Waits until the desktop asks, agrees to open the document as the user would, and waits until
     * it is shown; fails after a minute.
     */
    void awaitRequest() throws Exception {
        awaitConsent();
        assertThat(model.documentProperty().get())
                .as("nothing is opened before the user agrees")
                .isNull();
        model.bridge().accept();
        long deadline = System.currentTimeMillis() + 60_000;
        while (model.bridge().pendingProperty().get() == null) {
            assertThat(System.currentTimeMillis()).as("the document is shown").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Where the bridge tests may fetch documents from: the loopback QLVB server, over plain http. */
    static DocumentSources loopbackServer() {
        return new DocumentSources(List.of("127.0.0.1"), List.of("127.0.0.1"));
    }

    @Override
    public void close() throws java.io.IOException {
        if (chromium != null) {
            chromium.close();
        }
        allowedPages.close();
        foreignPages.close();
        qlvb.close();
        fixture.close();
    }
}
