/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.Locale;

/** The operating systems the module table distinguishes. */
public enum OperatingSystem {
    WINDOWS,
    LINUX,
    MACOS,
    OTHER;

    /** The OS this JVM runs on. */
    public static OperatingSystem current() {
        return fromName(System.getProperty("os.name", ""));
    }

    public static OperatingSystem fromName(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        if (name.startsWith("linux")) {
            return LINUX;
        }
        return OTHER;
    }
}
