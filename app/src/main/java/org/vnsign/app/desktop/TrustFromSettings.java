/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.demo.LazyDemoToken;
import org.vnsign.app.settings.Settings;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.verify.TrustAnchors;

/**
 * What the app's verification trusts: the Vietnamese anchors built into signer-core, the
 * certificates the user added in the settings, and this machine's demo root (so that demo
 * signatures can be checked here, and nowhere else). An unreadable anchor file is logged and
 * skipped, never a reason not to verify.
 */
final class TrustFromSettings {
    private static final Logger LOG = LoggerFactory.getLogger(TrustFromSettings.class);

    private TrustFromSettings() {}

    static TrustAnchors of(Settings settings, LazyDemoToken demo) {
        List<X509Certificate> added = new ArrayList<>();
        for (String path : settings.trustAnchors()) {
            try {
                added.addAll(TrustAnchors.read(Path.of(path)));
            } catch (SignerException e) {
                LOG.warn("Trust anchor {} is unreadable: {}", path, e.toString());
            }
        }
        demo.get().ifPresent(token -> {
            try {
                added.add(token.rootCertificate());
            } catch (IOException e) {
                LOG.warn("The demo root is unreadable", e);
            }
        });
        return TrustAnchors.vietnamese().plus(added);
    }
}
