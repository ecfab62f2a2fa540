/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vnsign.app.demo.LazyDemoToken;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.outbox.Outbox;
import org.vnsign.app.qlvb.Uploaders;
import org.vnsign.app.settings.DocumentServer;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.settings.SettingsStore;
import org.vnsign.app.settings.UserFolders;
import org.vnsign.app.signing.SigningUseCase;
import org.vnsign.app.tokens.TokenRow;
import org.vnsign.app.tokens.TokenService;
import org.vnsign.app.ui.BackgroundTasks;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.softhsm.TestTokens;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.TokenProviders;
import org.vnsign.token.pkcs11.Pkcs11TokenProvider;
import org.vnsign.token.pkcs12.Pkcs12TokenProvider;

/**
 * View models for tests, on real services: the shared SoftHSM2 token, the real signer and
 * verifier offline, background work run at once (or as a test swaps it), dialogs from a script.
 */
final class DesktopFixture {
    /** Folders the app must treat as read-only (the suite may run as root, who can write anywhere). */
    final java.util.Set<Path> readOnlyFolders = new java.util.HashSet<>();

    final Path dir;
    final TestTokens tokens = TestTokens.shared();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final Messages english = Messages.forLocale(Locale.ENGLISH);
    /** How background work runs: at once unless a test says otherwise. */
    BackgroundTasks tasks = BackgroundTasks.direct();

    private final List<MainViewModel> models = new ArrayList<>();

    DesktopFixture(Path dir) {
        this.dir = dir;
    }

    /** A view model on the shared test token, its settings in {@code dir/home}. */
    MainViewModel model(boolean withDemo, String inbox, String outbox, DocumentServer server, Clock clock)
            throws Exception {
        UserFolders folders = UserFolders.under(dir.resolve("home"));
        SettingsStore store = new SettingsStore(folders);
        Files.write(dir.resolve("root.crt"), tokens.pki().root().getEncoded());
        store.save(new Settings(
                "Nguyễn Văn Án",
                "THỨ TRƯỞNG",
                "Bộ Tài chính",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(dir.resolve("root.crt").toString()),
                List.of(tokens.softHsm().module().toString()),
                "en",
                null,
                null,
                null,
                null,
                inbox,
                outbox,
                server,
                null,
                null));
        LazyDemoToken demo = withDemo ? new LazyDemoToken(folders.data()) : LazyDemoToken.none();
        TokenService service = new TokenService(
                new TokenProviders(List.of(new Pkcs11TokenProvider(), new Pkcs12TokenProvider())),
                () -> DiscoveryOptions.onlyModules(List.of(tokens.softHsm().module()))
                        .withReinitializeIdleModules(true),
                demo::keyStore);
        MainViewModel model = new MainViewModel(new DesktopServices(
                SigningUseCase.standard(
                        Clock.systemUTC(), NetworkSettings.defaults().asOffline()),
                DocumentVerifiers.create(),
                service,
                new BackgroundTasks() {
                    @Override
                    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                        DesktopFixture.this.tasks.run(work, done, failed);
                    }

                    @Override
                    public void onUi(Runnable action) {
                        DesktopFixture.this.tasks.onUi(action);
                    }
                },
                dialogs,
                english,
                store,
                demo,
                dir.resolve("scratch"),
                new Outbox(folders.outbox()),
                new Uploaders(Duration.ofSeconds(2)),
                clock,
                folder -> !readOnlyFolders.contains(folder.toAbsolutePath().normalize())
                        && java.nio.file.Files.isWritable(folder)));
        models.add(model);
        return model;
    }

    /** Closes every model's token sessions: PKCS#11 keeps a login for the whole process while a session is open. */
    void close() {
        models.forEach(MainViewModel::shutdown);
        models.clear();
    }

    /** Lists the tokens, chooses {@code label} and logs in, answering the PIN dialog with {@code pin}. */
    void logIn(MainViewModel model, String label, String pin) {
        model.tokens().refresh();
        choose(model, label);
        dialogs.answerPin(pin);
        model.tokens().login();
    }

    static void choose(MainViewModel model, String label) {
        TokenRow row = model.tokens().tokens().stream()
                .filter(t -> t.label().equals(label))
                .findFirst()
                .orElseThrow();
        model.tokens().selectedTokenProperty().set(row);
    }

    static void chooseCertificate(MainViewModel model, KeyProfile profile) {
        model.tokens()
                .selectedCertificateProperty()
                .set(model.tokens().certificates().stream()
                        .filter(c -> c.name().equals(profile.commonName()))
                        .findFirst()
                        .orElseThrow());
    }

    /** Gives the clerk the ministry's seal in Settings (written into {@code dir}), for the issuing signature. */
    static void giveTheClerkASeal(MainViewModel model, Path dir) throws Exception {
        Path seal = Files.write(dir.resolve("con-dau.png"), org.vnsign.testsupport.images.TestImages.seal());
        org.vnsign.app.settings.Settings withSeal = model.settingsProperty().get();
        model.saveSettings(new org.vnsign.app.settings.Settings(
                withSeal.name(),
                withSeal.title(),
                withSeal.agency(),
                withSeal.signatureImage(),
                seal.toString(),
                withSeal.initialImage(),
                withSeal.timePattern(),
                withSeal.corner(),
                withSeal.tsaUrl(),
                withSeal.trustAnchors(),
                withSeal.pkcs11Modules(),
                withSeal.language(),
                withSeal.recentFiles(),
                withSeal.level(),
                withSeal.verifyOnline(),
                withSeal.onlyListedModules(),
                withSeal.inboxFolder(),
                withSeal.outboxFolder(),
                withSeal.server(),
                null,
                withSeal.stampCorner()));
    }
}
