/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.vnsign.app.i18n.Messages;
import org.vnsign.token.TokenCertificate;

/**
 * Asks at the terminal which certificate signs when several can and {@code --cert} was not given:
 * a numbered list (name, title, agency, issuer, validity, fingerprint start), then a number. An
 * empty or wrong answer chooses nothing; the command then stops without signing.
 */
final class CertificatePrompt {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private CertificatePrompt() {}

    static Optional<TokenCertificate> ask(
            List<TokenCertificate> candidates, Reader in, PrintWriter out, Messages messages) {
        out.println(messages.get("sign.chooseCertPrompt"));
        for (int i = 0; i < candidates.size(); i++) {
            var info = candidates.get(i).info();
            out.println(messages.get(
                    "sign.chooseCertLine",
                    String.valueOf(i + 1),
                    info.subject().commonName().orElse(info.subject().rfc2253()),
                    String.join(", ", info.subject().all("T")),
                    String.join(", ", info.subject().all("O")),
                    info.issuer().commonName().orElse(info.issuer().rfc2253()),
                    DATE.format(info.notAfter()),
                    info.sha256Fingerprint().substring(0, 16)));
        }
        out.print(messages.get("sign.chooseCertNumber", String.valueOf(candidates.size())));
        out.flush();
        try {
            String answer = new BufferedReader(in).readLine();
            int number = Integer.parseInt(answer == null ? "" : answer.strip());
            return number >= 1 && number <= candidates.size()
                    ? Optional.of(candidates.get(number - 1))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
