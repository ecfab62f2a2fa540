/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.bridge.BridgeConfig;
import org.vnsign.app.bridge.BridgeServer;
import org.vnsign.app.bridge.LocalCertificate;
import org.vnsign.app.bridge.VgcaCompatServer;
import org.vnsign.app.settings.UserFolders;
import org.vnsign.app.ui.DialogService;

/**
 * The web bridges the window runs while it is open: VNSign's own (HTTP) when an origin is allowed,
 * and the VGCA compatibility mode (secure WebSocket) when {@code bridge.json} turns it on. The
 * first time the VGCA mode runs, the user is asked before the local certificate is added to their
 * trust store. A bad configuration or a taken port is said in the status bar, never fatal.
 */
final class Bridges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Bridges.class);

    private final BridgeServer http;
    private final VgcaCompatServer vgca;

    private Bridges(BridgeServer http, VgcaCompatServer vgca) {
        this.http = http;
        this.vgca = vgca;
    }

    static Bridges start(UserFolders folders, List<String> origins, MainViewModel model, DialogService dialogs) {
        BridgeConfig config;
        try {
            config = BridgeConfig.read(folders.config()).withOrigins(origins);
        } catch (IOException | IllegalArgumentException e) {
            return failed(model, e);
        }
        if (config.allowedOrigins().isEmpty()) {
            return new Bridges(null, null);
        }
        String version = version();
        BridgeServer http;
        try {
            http = BridgeServer.start(
                    config.port(), config.allowedOrigins(), config.documentSources(), model.bridge(), version);
        } catch (IOException | IllegalArgumentException e) {
            return failed(model, e);
        }
        if (!config.vgcaCompatibility()) {
            return new Bridges(http, null);
        }
        try {
            LocalCertificate certificate = LocalCertificate.inFolder(folders.config());
            trustOnce(certificate, folders.config(), model, dialogs);
            return new Bridges(
                    http,
                    VgcaCompatServer.start(
                            config.vgcaPort(),
                            config.allowedOrigins(),
                            config.documentSources(),
                            certificate.serverContext(),
                            model.bridge(),
                            version));
        } catch (IOException | IllegalArgumentException e) {
            failed(model, e);
            return new Bridges(http, null);
        }
    }

    /** Asks once whether to add the local certificate to the user's trust store, and does it if so. */
    private static void trustOnce(
            LocalCertificate certificate, Path configFolder, MainViewModel model, DialogService dialogs)
            throws IOException {
        Path asked = configFolder.resolve(LocalCertificate.ASKED);
        if (Files.exists(asked)) {
            return;
        }
        Files.writeString(asked, "asked\n");
        boolean agreed = dialogs.confirm(
                model.messages().get("bridge.trustQuestion"),
                model.messages().get("bridge.trustDetail", certificate.caFile().toString()));
        if (agreed) {
            certificate.install(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
            LOG.info("The local bridge certificate was added to the user's trust store");
        }
    }

    private static Bridges failed(MainViewModel model, Exception e) {
        LOG.warn("A web bridge did not start", e);
        model.statusProperty().set(model.messages().get("bridge.notStarted", String.valueOf(e.getMessage())));
        return new Bridges(null, null);
    }

    private static String version() {
        String version = Bridges.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** The HTTP bridge's port, or -1 when it is off. */
    int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** The VGCA mode's port, or -1 when it is off. */
    int vgcaPort() {
        return vgca == null ? -1 : vgca.getPort();
    }

    @Override
    public void close() {
        if (http != null) {
            http.close();
        }
        if (vgca != null) {
            vgca.close();
        }
    }
}
