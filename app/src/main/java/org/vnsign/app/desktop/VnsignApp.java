/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the real services, shows the main window, opens the PDF given
 * on the command line (or by the OS "Open with"), and starts watching tokens.
 */
public final class VnsignApp extends Application {
    private DesktopWindow window;

    @Override
    public void start(Stage stage) throws IOException {
        window = DesktopWindow.show(
                stage,
                getParameters().getRaw(),
                DesktopLauncher.allowedOrigins(getParameters().getRaw()));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
