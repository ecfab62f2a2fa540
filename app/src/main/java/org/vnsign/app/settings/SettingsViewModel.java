/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.qlvb.ServerTrust;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.verify.TrustAnchors;

/**
 * The settings dialog: profile, images (checked for PNG and transparency before they are kept),
 * time format, corner, time-stamp server, trust anchors with their fingerprints, PKCS#11 modules,
 * language. Edits stay here until {@link #toSettings()} is saved.
 */
public final class SettingsViewModel {
    /** A trust anchor as listed: the file and the SHA-256 of each certificate in it. */
    public record Anchor(String path, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    private final Messages messages;
    private final Settings original;
    private final StringProperty name;
    private final StringProperty title;
    private final StringProperty agency;
    private final StringProperty signatureImage;
    private final StringProperty sealImage;
    private final StringProperty initialImage;
    private final StringProperty timePattern;
    private final StringProperty corner;
    private final StringProperty stampCorner;
    private final StringProperty tsaUrl;
    private final StringProperty language;
    private final StringProperty level;
    private final BooleanProperty verifyOnline;
    private final BooleanProperty pss;
    private final BooleanProperty onlyListedModules;
    private final StringProperty inboxFolder;
    private final StringProperty outboxFolder;
    private final StringProperty serverUrl;
    private final StringProperty serverToken;
    private final StringProperty serverCa;
    private final LoginStart loginStart;
    private final BooleanProperty startAtLogin;
    private final ObservableList<Anchor> anchors = FXCollections.observableArrayList();
    private final ObservableList<String> modules = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");

    public SettingsViewModel(Settings settings, Messages messages) {
        this(settings, messages, LoginStart.forThisUser());
    }

    /** @param loginStart how VNSign starts at login on this system, for this user */
    public SettingsViewModel(Settings settings, Messages messages, LoginStart loginStart) {
        this.messages = messages;
        this.loginStart = loginStart;
        this.startAtLogin = new SimpleBooleanProperty(loginStart.enabled());
        this.original = settings;
        name = new SimpleStringProperty(settings.name());
        title = new SimpleStringProperty(settings.title());
        agency = new SimpleStringProperty(settings.agency());
        signatureImage = new SimpleStringProperty(settings.signatureImage());
        sealImage = new SimpleStringProperty(settings.sealImage());
        initialImage = new SimpleStringProperty(settings.initialImage());
        timePattern = new SimpleStringProperty(settings.timePattern());
        corner = new SimpleStringProperty(settings.corner());
        stampCorner = new SimpleStringProperty(settings.stampCorner());
        tsaUrl = new SimpleStringProperty(settings.tsaUrl());
        language = new SimpleStringProperty(settings.language());
        level = new SimpleStringProperty(settings.level());
        verifyOnline = new SimpleBooleanProperty(settings.verifyOnline());
        pss = new SimpleBooleanProperty(settings.pss());
        onlyListedModules = new SimpleBooleanProperty(settings.onlyListedModules());
        inboxFolder = new SimpleStringProperty(settings.inboxFolder());
        outboxFolder = new SimpleStringProperty(settings.outboxFolder());
        serverUrl = new SimpleStringProperty(settings.server().apiUrl());
        serverToken = new SimpleStringProperty(settings.server().token());
        serverCa = new SimpleStringProperty(settings.server().extraCa());
        for (String path : settings.trustAnchors()) {
            anchors.add(new Anchor(path, describe(path)));
        }
        modules.setAll(settings.pkcs11Modules());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty agencyProperty() {
        return agency;
    }

    public StringProperty signatureImageProperty() {
        return signatureImage;
    }

    public StringProperty sealImageProperty() {
        return sealImage;
    }

    public StringProperty initialImageProperty() {
        return initialImage;
    }

    public StringProperty timePatternProperty() {
        return timePattern;
    }

    public StringProperty cornerProperty() {
        return corner;
    }

    /** Where the incoming stamp goes by default. */
    public StringProperty stampCornerProperty() {
        return stampCorner;
    }

    public StringProperty tsaUrlProperty() {
        return tsaUrl;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty levelProperty() {
        return level;
    }

    public BooleanProperty verifyOnlineProperty() {
        return verifyOnline;
    }

    /** RSASSA-PSS instead of PKCS#1 v1.5 for RSA keys. */
    public BooleanProperty pssProperty() {
        return pss;
    }

    public StringProperty inboxFolderProperty() {
        return inboxFolder;
    }

    public StringProperty outboxFolderProperty() {
        return outboxFolder;
    }

    /** The QLVB server's API root (VNSign's REST contract); empty for none. */
    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty serverTokenProperty() {
        return serverToken;
    }

    /** A CA file trusted for the QLVB server beside Java's own. */
    public StringProperty serverCaProperty() {
        return serverCa;
    }

    /** Start minimised at login, so that web pages find the bridge; only for the installed app. */
    public BooleanProperty startAtLoginProperty() {
        return startAtLogin;
    }

    public boolean startAtLoginAvailable() {
        return loginStart.available();
    }

    /** Turns starting at login on or off as chosen; false (with the problem shown) when the system refused. */
    public boolean applyStartAtLogin() {
        if (startAtLogin.get() == loginStart.enabled()) {
            return true;
        }
        try {
            loginStart.set(startAtLogin.get());
            return true;
        } catch (IOException e) {
            problem.set(messages.get("settings.startAtLoginFailed", String.valueOf(e.getMessage())));
            return false;
        }
    }

    public BooleanProperty onlyListedModulesProperty() {
        return onlyListedModules;
    }

    public ObservableList<Anchor> anchors() {
        return anchors;
    }

    public ObservableList<String> modules() {
        return modules;
    }

    /** The last problem found (bad image, unreadable anchor, bad time format), empty when none. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** Sets an image after checking it; returns false (with the problem shown) when it is unfit. */
    public boolean setImage(StringProperty which, Path file) {
        ImageCheck.Problem found = ImageCheck.problem(file);
        if (found != null) {
            problem.set(messages.get(
                    "settings.image." + found.name(), file.getFileName().toString()));
            return false;
        }
        problem.set("");
        which.set(file.toAbsolutePath().toString());
        return true;
    }

    /** Adds a trust anchor file (one certificate or a folder of them) after reading it. */
    public boolean addAnchor(Path file) {
        try {
            TrustAnchors.read(file);
        } catch (SignerException e) {
            problem.set(messages.get("verify.trustUnreadable", file.toString(), e.getMessage()));
            return false;
        }
        problem.set("");
        String path = file.toAbsolutePath().toString();
        anchors.add(new Anchor(path, describe(path)));
        return true;
    }

    public void addModule(Path module) {
        String path = module.toAbsolutePath().toString();
        if (!modules.contains(path)) {
            modules.add(path);
        }
    }

    /** The edited settings, or empty (with the problem shown) when the time format is invalid. */
    public Optional<Settings> toSettings() {
        try {
            DateTimeFormatter.ofPattern(timePattern.get());
        } catch (IllegalArgumentException e) {
            problem.set(messages.get("settings.badTimePattern", timePattern.get()));
            return Optional.empty();
        }
        Optional<String> serverProblem = serverProblem();
        if (serverProblem.isPresent()) {
            problem.set(serverProblem.get());
            return Optional.empty();
        }
        List<String> anchorPaths = new ArrayList<>();
        anchors.forEach(anchor -> anchorPaths.add(anchor.path()));
        return Optional.of(new Settings(
                name.get().strip(),
                title.get().strip(),
                agency.get().strip(),
                signatureImage.get(),
                sealImage.get(),
                initialImage.get(),
                timePattern.get(),
                corner.get(),
                tsaUrl.get().strip(),
                anchorPaths,
                List.copyOf(modules),
                language.get(),
                original.recentFiles(),
                level.get(),
                verifyOnline.get(),
                onlyListedModules.get(),
                inboxFolder.get().strip(),
                outboxFolder.get().strip(),
                new DocumentServer(serverUrl.get(), serverToken.get(), serverCa.get()),
                pss.get(),
                stampCorner.get()));
    }

    /** An address that is not http(s), or an extra CA that is not a certificate, is said before saving. */
    private Optional<String> serverProblem() {
        String url = serverUrl.get().strip();
        if (!url.isEmpty() && !url.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
            return Optional.of(messages.get("settings.badServerUrl", url));
        }
        String ca = serverCa.get().strip();
        if (!ca.isEmpty()) {
            try {
                ServerTrust.withExtraCa(Path.of(ca));
            } catch (IOException | InvalidPathException e) {
                return Optional.of(messages.get("settings.badServerCa", ca, e.getMessage()));
            }
        }
        return Optional.empty();
    }

    private String describe(String path) {
        try {
            List<String> fingerprints = new ArrayList<>();
            for (X509Certificate certificate : TrustAnchors.read(Path.of(path))) {
                fingerprints.add(certificate.getSubjectX500Principal().getName() + " — SHA-256 " + sha256(certificate));
            }
            return path + "\n  " + String.join("\n  ", fingerprints);
        } catch (SignerException e) {
            return path + " — " + messages.get("settings.anchorUnreadable");
        }
    }

    private static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            return "?";
        }
    }
}
