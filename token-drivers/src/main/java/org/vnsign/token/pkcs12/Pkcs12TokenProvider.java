/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs12;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vnsign.token.DiscoveryOptions;
import org.vnsign.token.ErrorCode;
import org.vnsign.token.SourceReport;
import org.vnsign.token.SourceState;
import org.vnsign.token.Token;
import org.vnsign.token.TokenDescriptor;
import org.vnsign.token.TokenException;
import org.vnsign.token.TokenProvider;
import org.vnsign.token.keystore.KeyStoreToken;

/**
 * PKCS#12 files (.p12, .pfx) as tokens: for users who were given a software certificate, and for
 * VNSign's demo token. The file's password plays the role of the PIN.
 */
public final class Pkcs12TokenProvider implements TokenProvider {
    public static final String KIND = "pkcs12";

    /** The provider; files to offer come with each {@link #discover} call. */
    public Pkcs12TokenProvider() {
        // stateless: the files come with each discovery
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<SourceReport> discover(DiscoveryOptions options) {
        List<SourceReport> reports = new ArrayList<>();
        for (Path file : options.pkcs12Files()) {
            if (!Files.isRegularFile(file)) {
                reports.add(new SourceReport(
                        KIND,
                        file.toString(),
                        "",
                        SourceState.NOT_INSTALLED,
                        "file not found",
                        Optional.empty(),
                        List.of()));
                continue;
            }
            reports.add(new SourceReport(
                    KIND,
                    file.toString(),
                    "",
                    SourceState.TOKEN_PRESENT,
                    "",
                    Optional.of("PKCS#12 file"),
                    List.of(describe(file))));
        }
        return reports;
    }

    /** The token a PKCS#12 file stands for. */
    public static TokenDescriptor describe(Path file) {
        String serial =
                HexFormat.of().toHexDigits(file.toAbsolutePath().normalize().hashCode());
        return new TokenDescriptor(
                KIND,
                file.toString(),
                0,
                file.getFileName().toString(),
                "PKCS#12",
                "PKCS#12 file",
                serial,
                Set.of(),
                false,
                true);
    }

    @Override
    public Token open(TokenDescriptor token) {
        Path file = Path.of(token.location());
        return new KeyStoreToken(token, password -> load(file, password));
    }

    static KeyStore load(Path file, char[] password) throws TokenException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new TokenException(ErrorCode.TOKEN_PIN_INCORRECT, file + ": wrong password", e);
            }
            throw new TokenException(ErrorCode.KEYSTORE_UNREADABLE, file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new TokenException(ErrorCode.KEYSTORE_UNREADABLE, file + ": " + e.getMessage(), e);
        }
    }
}
