/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's profile and preferences, as stored in {@code settings.json} in the config folder.
 * Images, trust anchors and modules are file paths: the user keeps the files, VNSign reads them
 * when it signs.
 *
 * @param language {@code vi} or {@code en}
 * @param corner where initial marks go by default: a {@code org.vnsign.signer.Corner} name
 * @param tsaUrl time-stamp server; empty signs PAdES B-B, otherwise B-T with this server
 * @param recentFiles most recent first, at most {@link #RECENT_LIMIT}
 * @param level the PAdES level to sign at: B-B, B-T, B-LT or B-LTA (the last three need a
 *     time-stamp server: {@code tsaUrl}, or Ban Cơ yếu's for government certificates)
 * @param verifyOnline whether verification asks OCSP and CRL servers when the file and the cache
 *     have no revocation data (a signature cannot be confirmed without it)
 * @param onlyListedModules probe only {@code pkcs11Modules}, not the built-in table of Vietnamese
 *     token drivers: a support person isolates a driver that misbehaves next to another
 * @param inboxFolder the local-folder inbox: documents dropped there wait to be signed; empty for none
 * @param outboxFolder where documents from the inbox are written once signed; empty: next to them
 * @param server the QLVB server whose waiting documents the inbox lists; {@link DocumentServer#none()} for none
 * @param pss sign RSA keys with RSASSA-PSS instead of PKCS#1 v1.5 (off by default: docs/decisions/0008)
 * @param stampCorner the corner of page 1 the incoming stamp starts from: a {@code org.vnsign.signer.Corner}
 *     name, top left by default (Decree 30: under the number and notation)
 */
public record Settings(
        String name,
        String title,
        String agency,
        String signatureImage,
        String sealImage,
        String initialImage,
        String timePattern,
        String corner,
        String tsaUrl,
        List<String> trustAnchors,
        List<String> pkcs11Modules,
        String language,
        List<String> recentFiles,
        String level,
        Boolean verifyOnline,
        Boolean onlyListedModules,
        String inboxFolder,
        String outboxFolder,
        DocumentServer server,
        Boolean pss,
        String stampCorner) {
    public static final int RECENT_LIMIT = 10;
    public static final String DEFAULT_TIME_PATTERN = "dd.MM.yyyy HH:mm:ss XXX";

    public Settings {
        name = orEmpty(name);
        title = orEmpty(title);
        agency = orEmpty(agency);
        signatureImage = orEmpty(signatureImage);
        sealImage = orEmpty(sealImage);
        initialImage = orEmpty(initialImage);
        timePattern = timePattern == null || timePattern.isBlank() ? DEFAULT_TIME_PATTERN : timePattern;
        corner = corner == null || corner.isBlank() ? "BOTTOM_RIGHT" : corner;
        tsaUrl = orEmpty(tsaUrl);
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        pkcs11Modules = pkcs11Modules == null ? List.of() : List.copyOf(pkcs11Modules);
        language = language == null || language.isBlank() ? "vi" : language;
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        level = level == null || level.isBlank() ? "B-B" : level;
        verifyOnline = verifyOnline == null || verifyOnline;
        onlyListedModules = onlyListedModules != null && onlyListedModules;
        inboxFolder = orEmpty(inboxFolder);
        outboxFolder = orEmpty(outboxFolder);
        server = server == null ? DocumentServer.none() : server;
        pss = pss != null && pss;
        stampCorner = stampCorner == null || stampCorner.isBlank() ? "TOP_LEFT" : stampCorner;
    }

    /** Vietnamese, no profile, no anchors beyond the built-in ones. */
    public static Settings defaults() {
        return new Settings(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** The same settings with {@code file} first in the recent list. */
    public Settings withRecent(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        recent.add(0, file);
        return new Settings(
                name,
                title,
                agency,
                signatureImage,
                sealImage,
                initialImage,
                timePattern,
                corner,
                tsaUrl,
                trustAnchors,
                pkcs11Modules,
                language,
                recent.subList(0, Math.min(RECENT_LIMIT, recent.size())),
                level,
                verifyOnline,
                onlyListedModules,
                inboxFolder,
                outboxFolder,
                server,
                pss,
                stampCorner);
    }

    /** Where a signed copy of {@code input} goes: the outbox folder for inbox documents, else null (next to it). */
    public Path outputFolderFor(Path input) {
        if (inboxFolder.isBlank() || outboxFolder.isBlank()) {
            return null;
        }
        Path inbox = Path.of(inboxFolder).toAbsolutePath().normalize();
        Path folder = input.toAbsolutePath().normalize().getParent();
        return inbox.equals(folder) ? Path.of(outboxFolder) : null;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
