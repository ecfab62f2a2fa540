/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.vnsign.app.i18n.Messages;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.TimestampServer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The long-term options {@code sign}, {@code initial} and {@code extend} share: level, time-stamping
 * servers and their credentials, the network switch and timeout.
 */
final class LongTermOptions {
    @Option(
            names = "--level",
            paramLabel = "B-B|B-T|B-LT|B-LTA",
            description = "PAdES level (default: B-B; extend: B-LT or B-LTA).")
    String level;

    @Option(
            names = "--tsa",
            paramLabel = "URL",
            description = "RFC 3161 time-stamping server; repeat for fallbacks, in order of preference."
                    + " Default for government certificates: Ban Cơ yếu's TSA.")
    List<String> tsa = new ArrayList<>();

    @Option(names = "--tsa-user", paramLabel = "NAME", description = "User name for the time-stamping server.")
    String tsaUser;

    @Option(
            names = "--tsa-password-env",
            paramLabel = "VAR",
            description = "Password for the time-stamping server, from environment variable VAR.")
    String tsaPasswordVariable;

    @Option(names = "--tsa-policy", paramLabel = "OID", description = "Time-stamp policy to ask for.")
    String tsaPolicy;

    @Option(names = "--offline", description = "Never use the network (B-B only).")
    boolean offline;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest wait for any one server (default: 30).")
    Integer timeoutSeconds;

    SignatureLevel level(SignatureLevel fallback, Messages messages, CommandLine commandLine) {
        if (level == null) {
            return fallback;
        }
        try {
            return SignatureLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, messages.get("lt.badLevel", level));
        }
    }

    /** Refuses {@code --offline} with a level that needs the network, before anything else runs. */
    void requireConsistent(SignatureLevel chosen, Messages messages, CommandLine commandLine) {
        if (offline && chosen.needsNetwork()) {
            throw new CommandLine.ParameterException(commandLine, messages.get("lt.offlineLevel", chosen.label()));
        }
    }

    List<TimestampServer> servers(Messages messages, CommandLine commandLine) {
        String password = null;
        if (tsaPasswordVariable != null) {
            password = System.getenv(tsaPasswordVariable);
            if (password == null) {
                throw new CommandLine.ParameterException(
                        commandLine, messages.get("lt.tsaPasswordEnvMissing", tsaPasswordVariable));
            }
        }
        List<TimestampServer> servers = new ArrayList<>();
        for (String url : tsa) {
            TimestampServer server;
            try {
                server = TimestampServer.of(url);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, messages.get("lt.badTsa", url));
            }
            if (tsaUser != null) {
                server = server.withCredentials(tsaUser, password == null ? "" : password);
            }
            if (tsaPolicy != null) {
                server = server.withPolicy(tsaPolicy);
            }
            servers.add(server);
        }
        return servers;
    }

    NetworkSettings network() {
        NetworkSettings settings = NetworkSettings.defaults();
        if (timeoutSeconds != null && timeoutSeconds > 0) {
            settings = settings.withTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        return offline ? settings.asOffline() : settings;
    }
}
