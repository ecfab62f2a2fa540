/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The time-stamping servers used when the user names none. Government ("chuyên dùng") certificates,
 * those whose chain has an organisation of Ban Cơ yếu Chính phủ, use Ban Cơ yếu's TSA
 * ({@value #GOVERNMENT}, then {@code http://tsa.ca.gov.vn}); the system property
 * {@value #PROPERTY} (comma-separated URLs) replaces that list. Public-CA certificates have no
 * default: each CA runs its own TSA under its own contract, so the user names it.
 */
public final class TimestampDefaults {
    public static final String GOVERNMENT = "http://ca.gov.vn/tsa";
    public static final String GOVERNMENT_MIRROR = "http://tsa.ca.gov.vn";
    public static final String PROPERTY = "vnsign.tsa.government";

    private static final List<String> BAN_CO_YEU = List.of("Ban Cơ yếu Chính phủ", "Ban Co yeu Chinh phu");

    private TimestampDefaults() {}

    /** The servers to ask for a signer with this chain; empty when the user must name one. */
    public static List<TimestampServer> forChain(List<X509Certificate> chain) {
        if (chain.stream().noneMatch(TimestampDefaults::government)) {
            return List.of();
        }
        String configured = System.getProperty(PROPERTY, "");
        List<String> urls = configured.isBlank()
                ? List.of(GOVERNMENT, GOVERNMENT_MIRROR)
                : Arrays.stream(configured.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return urls.stream().map(TimestampServer::of).toList();
    }

    private static boolean government(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getIssuerX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("O") && BAN_CO_YEU.contains(String.valueOf(rdn.getValue()))) {
                    return true;
                }
            }
            return false;
        } catch (InvalidNameException e) {
            return false;
        }
    }
}
