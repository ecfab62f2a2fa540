/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.vnsign.testsupport.pki.KeyProfile;
import org.vnsign.testsupport.services.LoopbackPki;

/** Shared set-up of the long-term tests: the loopback services, a private cache, the five appearance kinds. */
final class LongTermFixture {
    static final List<String> KINDS = List.of("approval", "issue", "annex", "copy", "initials");

    private LongTermFixture() {}

    /** What to sign with for one appearance kind. */
    record Signing(Appearance appearance, SignProfile profile, KeyProfile key) {}

    static Signing signing(Path dir, String kind) {
        return switch (kind) {
            case "approval" ->
                new Signing(new Appearance.Approval(Placement.auto()), SigningFixture.leader(), KeyProfile.RSA_2048);
            case "issue" ->
                new Signing(
                        new Appearance.Issue(new Placement.Fixed(Placement.LAST_PAGE, new Rect(300, 200, 200, 90))),
                        SigningFixture.clerk(),
                        KeyProfile.RSA_3072);
            case "annex" ->
                new Signing(
                        new Appearance.Annex("123/QĐ-BTC", Placement.auto()),
                        SigningFixture.clerk(),
                        KeyProfile.EC_P256);
            case "copy" ->
                new Signing(
                        new Appearance.Copy(CopyForm.SAO_Y, Placement.auto()),
                        SigningFixture.clerk(),
                        KeyProfile.EC_P256);
            case "initials" ->
                new Signing(
                        new Appearance.Initials(PageSelection.all(), Corner.BOTTOM_RIGHT),
                        SigningFixture.leader(),
                        KeyProfile.RSA_2048);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static TimestampServer server(java.net.URI url) {
        return new TimestampServer(url, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static TimestampServer tsa() {
        return new TimestampServer(
                LoopbackPki.shared().timestampUrl(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static TimestampServer tsa(LoopbackPki.Tsa behaviour) {
        return new TimestampServer(
                LoopbackPki.shared().timestampUrl(behaviour), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Two-second timeouts, one attempt per server unless busy, a cache of the test's own. */
    static NetworkSettings network(Path dir) {
        return NetworkSettings.defaults()
                .withTimeout(Duration.ofSeconds(2))
                .withCacheDirectory(Optional.of(dir.resolve("cache")));
    }

    static DocumentSigner signer(Path dir) {
        return DocumentSigners.pades(SigningFixture.CLOCK, network(dir));
    }

    static DocumentExtender extender(Path dir) {
        return DocumentSigners.extender(network(dir));
    }
}
