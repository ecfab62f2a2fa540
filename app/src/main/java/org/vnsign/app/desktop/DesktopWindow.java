/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.app.demo.LazyDemoToken;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.measuring.BenchProbe;
import org.vnsign.app.outbox.Outbox;
import org.vnsign.app.qlvb.Uploaders;
import org.vnsign.app.settings.LoginStart;
import org.vnsign.app.settings.Settings;
import org.vnsign.app.settings.SettingsStore;
import org.vnsign.app.settings.UserFolders;
import org.vnsign.app.signing.SigningUseCase;
import org.vnsign.app.tokens.TokenService;
import org.vnsign.app.ui.FxBackgroundTasks;
import org.vnsign.app.ui.FxDialogService;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.verify.DocumentVerifiers;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.TokenProviders;

/**
 * One main window with its real services: the user's settings and folders, the demo token, every
 * token driver, the signer and the verifier. The app shows one at start; UI tests show one on a
 * stage of their own.
 */
public final class DesktopWindow implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopWindow.class);
    private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(30);
    /** How often the outbox looks for entries whose backoff is over (each keeps its own delay). */
    private static final javafx.util.Duration RETRY_CHECK = javafx.util.Duration.seconds(15);

    private final MainViewModel model;
    private final FxBackgroundTasks tasks;
    private final Timeline retries;
    private final Bridges bridges;

    private DesktopWindow(MainViewModel model, FxBackgroundTasks tasks, Timeline retries, Bridges bridges) {
        this.model = model;
        this.tasks = tasks;
        this.retries = retries;
        this.bridges = bridges;
    }

    /** The port the web bridge listens on, or -1 when it is off. */
    public int bridgePort() {
        return bridges.httpPort();
    }

    /** The port the VGCA compatibility mode listens on, or -1 when it is off. */
    public int vgcaPort() {
        return bridges.vgcaPort();
    }

    /**
     * Shows the main window on {@code stage} (call on the JavaFX thread) and opens the document
     * {@code files} names (a path or a {@code file:} URI), if any.
     */
    public static DesktopWindow show(Stage stage, List<String> files) throws IOException {
        return show(stage, files, List.of());
    }

    /**
     * The same, with the web bridge listening for {@code origins} besides those of {@code
     * bridge.json}; without any allowed origin the bridge does not start.
     */
    public static DesktopWindow show(Stage stage, List<String> files, List<String> origins) throws IOException {
        UserFolders folders = UserFolders.standard();
        SettingsStore store = new SettingsStore(folders);
        Settings settings = store.load();
        // The token probe reads the modules every two seconds: from memory, kept current below.
        AtomicReference<Settings> current = new AtomicReference<>(settings);
        Messages messages = Messages.choose(
                System.getProperty(DesktopLauncher.LANGUAGE_PROPERTY, System.getenv("VNSIGN_LANG")),
                settings.language(),
                Locale.getDefault());
        LazyDemoToken demo = new LazyDemoToken(folders.data());
        TokenService tokens =
                new TokenService(TokenProviders.installed(), () -> discovery(current.get()), demo::keyStore);
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        FxDialogService dialogs = new FxDialogService(messages);
        Path scratch = Files.createTempDirectory("vnsign-");
        scratch.toFile().deleteOnExit();
        MainViewModel model = new MainViewModel(new DesktopServices(
                SigningUseCase.standard(Clock.systemUTC(), NetworkSettings.defaults()),
                DocumentVerifiers.create(),
                tokens,
                tasks,
                dialogs,
                messages,
                store,
                demo,
                scratch,
                new Outbox(folders.outbox()),
                new Uploaders(UPLOAD_TIMEOUT),
                Clock.systemUTC(),
                java.nio.file.Files::isWritable));
        model.settingsProperty().addListener((o, old, now) -> current.set(now));
        MainView view = new MainView(model, dialogs);
        view.attach(stage);
        dialogs.setOwner(stage);
        BenchProbe.attach(stage, view.pages(), model);
        stage.setIconified(files.contains(LoginStart.MINIMIZED));
        stage.show();
        LOG.info("Main window shown");
        model.start();
        tasks.run(
                () -> {
                    UrlScheme.registerIfInstalledOnWindows();
                    return true;
                },
                done -> {},
                failure -> LOG.warn("vnsign:// is not registered", failure));
        Timeline retries =
                new Timeline(new KeyFrame(RETRY_CHECK, e -> model.outbox().retryDue()));
        retries.setCycleCount(Animation.INDEFINITE);
        retries.play();
        DesktopLauncher.document(files).ifPresent(model::open);
        return new DesktopWindow(model, tasks, retries, Bridges.start(folders, origins, model, dialogs));
    }

    public MainViewModel model() {
        return model;
    }

    @Override
    public void close() {
        retries.stop();
        bridges.close();
        model.shutdown();
        tasks.close();
    }

    private static DiscoveryOptions discovery(Settings settings) {
        List<Path> modules = new ArrayList<>(
                DiscoveryOptions.modulesFromEnvironment(System.getenv(DiscoveryOptions.MODULE_ENVIRONMENT_VARIABLE)));
        settings.pkcs11Modules().forEach(module -> modules.add(Path.of(module)));
        DiscoveryOptions options = settings.onlyListedModules()
                ? DiscoveryOptions.onlyModules(modules)
                : DiscoveryOptions.builtInPlus(modules);
        return options.withReinitializeIdleModules(true);
    }
}
