/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * A certificate subject or issuer, split into the attributes Vietnamese certificates use: CN, title
 * (T), O, OU, L, ST, C, E and UID values such as {@code CMND:...}, {@code CCCD:...}, {@code MST:...}.
 * Values are Unicode strings as encoded in the certificate (UTF8String or PrintableString).
 *
 * @param rfc2253 the whole name in RFC 2253 form with the short names below
 * @param attributes attribute short name to values, in certificate order
 */
public record DistinguishedName(String rfc2253, Map<String, List<String>> attributes) {
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "2.5.4.12", "T",
            "0.9.2342.19200300.100.1.1", "UID",
            "1.2.840.113549.1.9.1", "E",
            "2.5.4.5", "SERIALNUMBER",
            "2.5.4.4", "SURNAME",
            "2.5.4.42", "GIVENNAME");

    public DistinguishedName {
        attributes = Collections.unmodifiableMap(attributes);
    }

    /** Parses a principal, mapping the OIDs above to their short names. */
    public static DistinguishedName of(X500Principal principal) {
        String name = principal.getName(X500Principal.RFC2253, SHORT_NAMES);
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        try {
            List<Rdn> rdns = new ArrayList<>(new LdapName(name).getRdns());
            Collections.reverse(rdns);
            for (Rdn rdn : rdns) {
                NamingEnumeration<? extends Attribute> all = rdn.toAttributes().getAll();
                while (all.hasMore()) {
                    Attribute attribute = all.next();
                    String type = attribute.getID().toUpperCase(Locale.ROOT);
                    Object value = attribute.get();
                    attributes.computeIfAbsent(type, k -> new ArrayList<>()).add(String.valueOf(value));
                }
            }
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException("Not an RFC 2253 name: " + name, e);
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot read attributes of " + name, e);
        }
        attributes.replaceAll((k, v) -> List.copyOf(v));
        return new DistinguishedName(name, attributes);
    }

    /** The first value of an attribute, e.g. {@code first("CN")}. */
    public Optional<String> first(String type) {
        List<String> values = attributes.get(type);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** All values of an attribute, empty when absent. */
    public List<String> all(String type) {
        return attributes.getOrDefault(type, List.of());
    }

    public Optional<String> commonName() {
        return first("CN");
    }
}
