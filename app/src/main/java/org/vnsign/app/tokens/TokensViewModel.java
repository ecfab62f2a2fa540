/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.tokens;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vnsign.app.demo.DemoToken;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.ui.BackgroundTasks;
import org.vnsign.app.ui.DialogService;
import org.vnsign.app.ui.PinPrompt;
import org.vnsign.app.ui.UserErrors;
import org.vnsign.token.CertificateFlag;
import org.vnsign.token.CertificateInfo;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.PinCallback;
import org.vnsign.token.PinFlag;
import org.vnsign.token.PinRequest;
import org.vnsign.token.SourceReport;
import org.vnsign.token.SourceState;
import org.vnsign.token.Token;
import org.vnsign.token.TokenCertificate;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenException;
import org.vnsign.token.TokenProviders;
import org.vnsign.token.pkcs12.Pkcs12TokenProvider;

/**
 * The token panel: tokens present with their PIN state (updated live on insert and remove), the
 * certificates of the chosen token after login, and every probed source for diagnostics. The PIN is
 * asked through the {@link DialogService}, once per token session, and never retried here.
 */
public final class TokensViewModel {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final TokenService service;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<TokenRow> tokens = FXCollections.observableArrayList();
    private final ObservableList<SourceRow> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<CertificateRow> certificates = FXCollections.observableArrayList();
    private final ObjectProperty<TokenRow> selectedToken = new SimpleObjectProperty<>();
    private final ObjectProperty<CertificateRow> selectedCertificate = new SimpleObjectProperty<>();
    private final BooleanProperty loggedIn = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private List<TokenDescriptor> present = List.of();
    private List<TokenCertificate> loaded = List.of();
    private boolean updating;
    /** The certificate last chosen on each token (by token identity), restored when it is listed again. */
    private final Map<String, String> chosenByToken = new HashMap<>();

    public TokensViewModel(TokenService service, BackgroundTasks tasks, DialogService dialogs, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        selectedCertificate.addListener((observable, old, now) -> {
            TokenRow token = selectedToken.get();
            if (now != null && token != null) {
                chosenByToken.put(token.id(), now.fingerprint());
                status.set("");
            }
        });
        selectedToken.addListener((observable, old, now) -> {
            boolean sameToken = old != null && now != null && old.id().equals(now.id());
            if (!sameToken) {
                tokenChosen(now);
            }
        });
    }

    public ObservableList<TokenRow> tokens() {
        return tokens;
    }

    public ObservableList<SourceRow> diagnostics() {
        return diagnostics;
    }

    public ObservableList<CertificateRow> certificates() {
        return certificates;
    }

    public ObjectProperty<TokenRow> selectedTokenProperty() {
        return selectedToken;
    }

    public ObjectProperty<CertificateRow> selectedCertificateProperty() {
        return selectedCertificate;
    }

    public BooleanProperty loggedInProperty() {
        return loggedIn;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The user chose a token in the list; ignored while the list itself is being refreshed. */
    public void choose(TokenRow row) {
        if (!updating && row != null) {
            selectedToken.set(row);
        }
    }

    /** The user chose a certificate; unsuitable ones and list refreshes do not change the choice. */
    public void chooseCertificate(CertificateRow row) {
        if (!updating && row != null && row.suitable()) {
            selectedCertificate.set(row);
        }
    }

    /** Keeps the list current from the watcher, whose first probe runs at once. */
    public void start() {
        service.watch(reports -> tasks.onUi(() -> show(reports)));
    }

    /** Probes every source again (the "Refresh" button). */
    public void refresh() {
        tasks.run(service::discover, this::show, failure -> status.set(failure.getMessage()));
    }

    /** Logs in to the chosen token (the PIN dialog) and lists its certificates. */
    public void login() {
        Optional<TokenDescriptor> token = chosenDescriptor();
        if (token.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.get("tokens.loggingIn"));
        tasks.run(
                () -> {
                    Token session = service.session(token.get());
                    try {
                        session.login(pins());
                    } catch (TokenException e) {
                        service.forget(token.get());
                        throw e;
                    }
                    return session.certificates();
                },
                this::showCertificates,
                failure -> {
                    busy.set(false);
                    status.set("");
                    if (!(failure instanceof TokenException t && t.code() == ErrorCode.TOKEN_LOGIN_CANCELLED)) {
                        dialogs.showError(UserErrors.of(messages, failure));
                    }
                });
    }

    /**
     * The chosen token session and certificate, ready to sign; empty until the user logged in and
     * chose a suitable certificate.
     */
    public Optional<Chosen> chosen() {
        Optional<TokenDescriptor> token = chosenDescriptor();
        CertificateRow row = selectedCertificate.get();
        if (token.isEmpty() || row == null || !row.suitable() || !loggedIn.get()) {
            return Optional.empty();
        }
        Optional<Token> session = service.existingSession(token.get());
        if (session.isEmpty()) {
            return Optional.empty();
        }
        return loaded.stream()
                .filter(c -> c.info().sha256Fingerprint().equals(row.fingerprint()))
                .findFirst()
                .map(certificate -> new Chosen(session.get(), certificate, pins(), service.isDemo(token.get())));
    }

    /** A token session and one of its certificates, for the signing flow. */
    public record Chosen(Token token, TokenCertificate certificate, PinCallback pins, boolean demo) {}

    /** The PIN dialog: shows the token's warning before the user types; cancel stops without retrying. */
    PinCallback pins() {
        return request -> {
            PinPrompt prompt = new PinPrompt(
                    request.token().label(),
                    request.purpose() == PinRequest.Purpose.LOGIN
                            ? messages.get("pin.purpose.login")
                            : messages.get("pin.purpose.confirm", request.keyLabel()),
                    warning(request.pinFlags()),
                    service.isDemo(request.token()) ? messages.get("tokens.demoHint", DemoToken.PIN) : "");
            return dialogs.askPin(prompt)
                    .orElseThrow(() -> new TokenException(ErrorCode.TOKEN_LOGIN_CANCELLED, "the user cancelled"));
        };
    }

    private String warning(Set<PinFlag> flags) {
        for (PinFlag flag : List.of(PinFlag.LOCKED, PinFlag.FINAL_TRY, PinFlag.COUNT_LOW, PinFlag.TO_BE_CHANGED)) {
            if (flags.contains(flag)) {
                return messages.get("pin.warning." + flag.name());
            }
        }
        return "";
    }

    private void show(List<SourceReport> reports) {
        String selectedId =
                selectedToken.get() == null ? null : selectedToken.get().id();
        present = TokenProviders.tokensIn(reports);
        List<TokenRow> rows = new ArrayList<>();
        for (TokenDescriptor token : present) {
            rows.add(row(token));
        }
        updating = true;
        if (!tokens.equals(rows)) {
            tokens.setAll(rows);
        }
        diagnostics.setAll(reports.stream().map(this::source).toList());
        boolean realTokens = present.stream().anyMatch(t -> !service.isDemo(t));
        status.set(realTokens ? "" : messages.get("tokens.none"));
        TokenRow keep = rows.stream()
                .filter(r -> r.id().equals(selectedId))
                .findFirst()
                .orElse(rows.stream().filter(TokenRow::usable).findFirst().orElse(null));
        updating = false;
        selectedToken.set(keep);
    }

    private TokenRow row(TokenDescriptor token) {
        boolean demo = service.isDemo(token);
        Set<PinFlag> flags = token.pinFlags();
        String state = flags.isEmpty()
                ? messages.get("pin.state.ok")
                : flags.stream().map(f -> messages.get("pin.state." + f.name())).collect(Collectors.joining(", "));
        boolean usable = !flags.contains(PinFlag.LOCKED) && !flags.contains(PinFlag.NOT_INITIALIZED);
        String label = demo ? messages.get("tokens.demo") : token.label();
        String detail = detail(token);
        return new TokenRow(token.identity(), label, detail, state, usable, demo);
    }

    /**
     * What the token is, in words: "SoftHSM project SoftHSM v2 · a481dd…" for a device, "Certificate
     * file (PKCS#12)" for a file (its hashed serial means nothing to anyone), never a word twice.
     */
    private String detail(TokenDescriptor token) {
        if (Pkcs12TokenProvider.KIND.equals(token.kind())) {
            return messages.get("tokens.certificateFile");
        }
        String maker = token.manufacturer().strip();
        String model = token.model().strip();
        // "SoftHSM project" and "SoftHSM project SoftHSM v2" say the maker once.
        String name = model.startsWith(maker) ? model : maker.startsWith(model) ? maker : maker + " " + model;
        return name.strip() + (token.serialNumber().isBlank() ? "" : " · " + token.serialNumber());
    }

    private SourceRow source(SourceReport report) {
        String detail =
                report.detail() + report.libraryDescription().map(d -> " " + d).orElse("");
        return new SourceRow(
                report.kind(),
                report.location(),
                report.vendor(),
                messages.get("state." + report.state().name())
                        + (report.state() == SourceState.TOKEN_PRESENT
                                ? " (" + report.tokens().size() + ")"
                                : ""),
                detail.strip());
    }

    private void tokenChosen(TokenRow row) {
        certificates.clear();
        loaded = List.of();
        selectedCertificate.set(null);
        loggedIn.set(false);
        if (row == null) {
            return;
        }
        chosenDescriptor()
                .flatMap(service::existingSession)
                .filter(Token::isLoggedIn)
                .ifPresent(
                        session -> tasks.run(session::certificates, this::showCertificates, e -> loggedIn.set(false)));
    }

    private void showCertificates(List<TokenCertificate> found) {
        busy.set(false);
        loggedIn.set(true);
        loaded = List.copyOf(found);
        Instant now = Instant.now();
        TokenRow token = selectedToken.get();
        String previous = token == null ? null : chosenByToken.get(token.id());
        updating = true;
        certificates.setAll(
                found.stream().map(c -> certificateRow(c.info(), now)).toList());
        updating = false;
        status.set(found.isEmpty() ? messages.get("tokens.noCertificates") : "");
        List<CertificateRow> suitable =
                certificates.stream().filter(CertificateRow::suitable).toList();
        // The certificate chosen before on this token, or the only one that can sign: never a guess
        // among several (an agency's certificate and a person's may sit on the same token).
        Optional<CertificateRow> choice = suitable.stream()
                .filter(row -> row.fingerprint().equals(previous))
                .findFirst()
                .or(() -> suitable.size() == 1 ? Optional.of(suitable.get(0)) : Optional.empty());
        choice.ifPresent(selectedCertificate::set);
        if (choice.isEmpty() && suitable.size() > 1) {
            status.set(messages.get("tokens.chooseCertificate", String.valueOf(suitable.size())));
        }
    }

    private CertificateRow certificateRow(CertificateInfo info, Instant now) {
        Set<CertificateFlag> flags = info.flagsAt(now);
        String unsuitable =
                flags.stream().map(f -> messages.get("certflag." + f.name())).collect(Collectors.joining(", "));
        return new CertificateRow(
                info.sha256Fingerprint(),
                info.subject().commonName().orElse(info.subject().rfc2253()),
                info.subject().first("T").orElse(""),
                info.subject().first("O").orElse(""),
                info.issuer().commonName().orElse(info.issuer().rfc2253()),
                DATE.format(info.notBefore()) + " – " + DATE.format(info.notAfter()),
                String.join(", ", info.keyUsage()),
                unsuitable);
    }

    private Optional<TokenDescriptor> chosenDescriptor() {
        TokenRow row = selectedToken.get();
        if (row == null) {
            return Optional.empty();
        }
        return present.stream().filter(t -> t.identity().equals(row.id())).findFirst();
    }
}
