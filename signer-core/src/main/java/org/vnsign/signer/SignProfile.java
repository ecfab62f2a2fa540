/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The person and agency a signature shows, as data: a user keeps one profile per role (leader,
 * clerk, head of drafting unit) and the command line or the app fills it.
 *
 * @param name the printed name of the signer; empty means the certificate's common name
 * @param title the title line above the signature ("KT. BỘ TRƯỞNG / THỨ TRƯỞNG"), for placement
 * @param agency the agency name printed by issuing and copy signatures
 * @param signatureImage handwritten signature, blue PNG with transparent background
 * @param sealImage the agency seal, red PNG with transparent background
 * @param initialImage the short initial ("chữ ký tắt") image
 * @param sealDiameterMm the seal's real diameter, to draw it at real size
 * @param timePattern {@link DateTimeFormatter} pattern of the printed signing time
 * @param zone the zone the signing time is printed in
 * @param watermark text stamped across every appearance, e.g. the demo token's "DEMO" warning;
 *     empty for none
 */
public record SignProfile(
        String name,
        String title,
        String agency,
        Optional<byte[]> signatureImage,
        Optional<byte[]> sealImage,
        Optional<byte[]> initialImage,
        double sealDiameterMm,
        String timePattern,
        ZoneId zone,
        String watermark) {

    /** The pattern existing Ban Cơ yếu tools print, e.g. {@code 05.03.2020 10:15:30 +07:00}. */
    public static final String VGCA_TIME_PATTERN = "dd.MM.yyyy HH:mm:ss XXX";

    /** Vietnam's zone; the signing time is always printed with its +07:00 offset. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A typical round seal of a ministry or province (35–42 mm). */
    public static final double DEFAULT_SEAL_DIAMETER_MM = 36;

    public SignProfile {
        if (!(sealDiameterMm > 0)) {
            throw new IllegalArgumentException("seal diameter must be positive");
        }
        DateTimeFormatter.ofPattern(timePattern);
    }

    /** An empty profile: certificate name, no images, VGCA time format. */
    public static SignProfile empty() {
        return new SignProfile(
                "",
                "",
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_SEAL_DIAMETER_MM,
                VGCA_TIME_PATTERN,
                VIETNAM,
                "");
    }

    public SignProfile withName(String value) {
        return edit(copy -> copy.name = value);
    }

    public SignProfile withTitle(String value) {
        return edit(copy -> copy.title = value);
    }

    public SignProfile withAgency(String value) {
        return edit(copy -> copy.agency = value);
    }

    public SignProfile withSignatureImage(byte[] png) {
        return edit(copy -> copy.signatureImage = Optional.of(png));
    }

    public SignProfile withSealImage(byte[] png) {
        return edit(copy -> copy.sealImage = Optional.of(png));
    }

    public SignProfile withInitialImage(byte[] png) {
        return edit(copy -> copy.initialImage = Optional.of(png));
    }

    public SignProfile withSealDiameterMm(double value) {
        return edit(copy -> copy.sealDiameterMm = value);
    }

    public SignProfile withTimePattern(String value) {
        return edit(copy -> copy.timePattern = value);
    }

    /** Stamps {@code text} across every appearance; the demo token uses it so no one mistakes a demo for a signature. */
    public SignProfile withWatermark(String text) {
        return edit(copy -> copy.watermark = text);
    }

    /** This profile with one field changed: the withers above name the field, this builds the record once. */
    private SignProfile edit(Consumer<Fields> change) {
        Fields copy = new Fields(this);
        change.accept(copy);
        return new SignProfile(
                copy.name,
                copy.title,
                copy.agency,
                copy.signatureImage,
                copy.sealImage,
                copy.initialImage,
                copy.sealDiameterMm,
                copy.timePattern,
                zone,
                copy.watermark);
    }

    /** The editable fields of a profile, for {@link #edit}. */
    private static final class Fields {
        String name;
        String title;
        String agency;
        Optional<byte[]> signatureImage;
        Optional<byte[]> sealImage;
        Optional<byte[]> initialImage;
        double sealDiameterMm;
        String timePattern;
        String watermark;

        Fields(SignProfile profile) {
            name = profile.name;
            title = profile.title;
            agency = profile.agency;
            signatureImage = profile.signatureImage;
            sealImage = profile.sealImage;
            initialImage = profile.initialImage;
            sealDiameterMm = profile.sealDiameterMm;
            timePattern = profile.timePattern;
            watermark = profile.watermark;
        }
    }

    /** The signing time as printed on the page, in this profile's zone and pattern. */
    public String formatTime(ZonedDateTime time) {
        return DateTimeFormatter.ofPattern(timePattern).format(time.withZoneSameInstant(zone));
    }
}
