/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

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
        return new SignProfile(
                value,
                title,
                agency,
                signatureImage,
                sealImage,
                initialImage,
                sealDiameterMm,
                timePattern,
                zone,
                watermark);
    }

    public SignProfile withTitle(String value) {
        return new SignProfile(
                name,
                value,
                agency,
                signatureImage,
                sealImage,
                initialImage,
                sealDiameterMm,
                timePattern,
                zone,
                watermark);
    }

    public SignProfile withAgency(String value) {
        return new SignProfile(
                name,
                title,
                value,
                signatureImage,
                sealImage,
                initialImage,
                sealDiameterMm,
                timePattern,
                zone,
                watermark);
    }

    public SignProfile withSignatureImage(byte[] png) {
        return new SignProfile(
                name,
                title,
                agency,
                Optional.of(png),
                sealImage,
                initialImage,
                sealDiameterMm,
                timePattern,
                zone,
                watermark);
    }

    public SignProfile withSealImage(byte[] png) {
        return new SignProfile(
                name,
                title,
                agency,
                signatureImage,
                Optional.of(png),
                initialImage,
                sealDiameterMm,
                timePattern,
                zone,
                watermark);
    }

    public SignProfile withInitialImage(byte[] png) {
        return new SignProfile(
                name,
                title,
                agency,
                signatureImage,
                sealImage,
                Optional.of(png),
                sealDiameterMm,
                timePattern,
                zone,
                watermark);
    }

    public SignProfile withSealDiameterMm(double value) {
        return new SignProfile(
                name, title, agency, signatureImage, sealImage, initialImage, value, timePattern, zone, watermark);
    }

    public SignProfile withTimePattern(String value) {
        return new SignProfile(
                name, title, agency, signatureImage, sealImage, initialImage, sealDiameterMm, value, zone, watermark);
    }

    /** Stamps {@code text} across every appearance; the demo token uses it so no one mistakes a demo for a signature. */
    public SignProfile withWatermark(String text) {
        return new SignProfile(
                name, title, agency, signatureImage, sealImage, initialImage, sealDiameterMm, timePattern, zone, text);
    }

    /** The signing time as printed on the page, in this profile's zone and pattern. */
    public String formatTime(ZonedDateTime time) {
        return DateTimeFormatter.ofPattern(timePattern).format(time.withZoneSameInstant(zone));
    }
}
