/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.nio.file.Path;
import java.time.Clock;
import org.vnsign.app.demo.LazyDemoToken;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.outbox.Outbox;
import org.vnsign.app.qlvb.Uploaders;
import org.vnsign.app.settings.SettingsStore;
import org.vnsign.app.signing.SigningUseCase;
import org.vnsign.app.tokens.TokenService;
import org.vnsign.app.ui.BackgroundTasks;
import org.vnsign.app.ui.DialogService;
import org.vnsign.signer.verify.DocumentVerifier;

/**
 * What the main window's view model works with, built once by the app (real services) or by a
 * test (real services with a direct task runner and a scripted dialog service).
 *
 * @param scratch a folder for extracted revisions shown in the viewer and documents downloaded from the server
 * @param outbox signed files waiting for the document system
 * @param uploaders the HTTP clients for the document system, shared by the inbox and the outbox
 * @param clock when outbox entries are due for another attempt
 * @param writableFolder whether a signed file can be written into a folder ({@code
 *     Files::isWritable}; a test replaces it, since an administrator can write anywhere)
 */
public record DesktopServices(
        SigningUseCase signing,
        DocumentVerifier verifier,
        TokenService tokens,
        BackgroundTasks tasks,
        DialogService dialogs,
        Messages messages,
        SettingsStore settings,
        LazyDemoToken demo,
        Path scratch,
        Outbox outbox,
        Uploaders uploaders,
        Clock clock,
        java.util.function.Predicate<Path> writableFolder) {}
