/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vnsign.app.i18n.Messages;
import org.vnsign.token.CertificateFlag;
import org.vnsign.token.SourceReport;
import org.vnsign.token.Token;
import org.vnsign.token.TokenCertificate;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenException;
import org.vnsign.token.TokenProviders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vnsign certs}: the certificates on a token that have their private key there too. */
@Command(
        name = "certs",
        mixinStandardHelpOptions = true,
        description = {
            "Liệt kê chứng thư số có khóa bí mật trên token (cần mã PIN).",
            "List the certificates whose private key is on the token (asks for the PIN)."
        })
final class CertsCommand extends TokenSubcommand {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final String INDENT = "    ";

    @Mixin
    PinOptions pinOptions;

    @Option(names = "--token", paramLabel = "LABEL|SERIAL", description = "Which token, when several are present.")
    String token;

    @Override
    public Integer call() throws TokenException {
        Messages messages = messages();
        TokenProviders providers = TokenProviders.installed();
        List<SourceReport> reports = providers.discover(moduleOptions.discoveryOptions());
        TokenDescriptor chosen = TokenProviders.select(reports, token);
        Instant now = Instant.now();
        try (Token opened = providers.open(chosen)) {
            opened.login(pinOptions.callback(messages, spec.commandLine()));
            List<TokenCertificate> certificates = opened.certificates();
            PrintWriter out = out();
            if (json) {
                out.println(JsonViews.toJson(new JsonViews.Certificates(
                        JsonViews.Token.of(chosen),
                        certificates.stream()
                                .map(c -> JsonViews.Certificate.of(c, now))
                                .toList())));
            } else {
                printText(chosen, certificates, now, messages, out);
            }
        }
        return ExitCodes.OK;
    }

    private static void printText(
            TokenDescriptor token,
            List<TokenCertificate> certificates,
            Instant now,
            Messages messages,
            PrintWriter out) {
        out.println(messages.get("certs.header", token.label(), String.valueOf(certificates.size())));
        for (TokenCertificate certificate : certificates) {
            var info = certificate.info();
            out.println();
            out.println("  " + info.subject().commonName().orElse(info.subject().rfc2253()));
            info.subject().first("T").ifPresent(title -> out.println(INDENT + messages.get("certs.title", title)));
            info.subject()
                    .first("O")
                    .ifPresent(organisation -> out.println(INDENT + messages.get("certs.organisation", organisation)));
            info.subject().all("UID").forEach(uid -> out.println(INDENT + messages.get("certs.uid", uid)));
            out.println(INDENT
                    + messages.get(
                            "certs.issuer",
                            info.issuer().commonName().orElse(info.issuer().rfc2253())));
            out.println(INDENT
                    + messages.get("certs.validity", DATE.format(info.notBefore()), DATE.format(info.notAfter())));
            out.println(INDENT
                    + messages.get(
                            "certs.key",
                            info.keyAlgorithm(),
                            String.valueOf(info.keySize()),
                            info.keyUsage().isEmpty() ? "-" : String.join(", ", info.keyUsage())));
            out.println(INDENT + messages.get("certs.fingerprint", info.sha256Fingerprint()));
            Set<CertificateFlag> flags = info.flagsAt(now);
            if (!flags.isEmpty()) {
                out.println(INDENT
                        + messages.get(
                                "certs.flags",
                                flags.stream()
                                        .map(f -> messages.get("certflag." + f.name()))
                                        .collect(Collectors.joining("; "))));
            }
        }
    }
}
