/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.appearance;

import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vnsign.signer.CopyForm;
import org.vnsign.signer.SignProfile;
import org.vnsign.signer.layout.TextLine;

/**
 * The words each appearance prints, in Vietnamese as Appendix I of Decree 30 has them: agency and
 * signing time for the issuing signature, number/notation and time for annexes, copy form, agency
 * and time for copies, name and time for initials. Empty profile fields fall back to the
 * certificate's names. Text is NFC-normalised where it is drawn ({@link Artwork}) and compared
 * ({@link TextLine#comparable}), not here.
 */
public final class AppearanceTexts {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final SignProfile profile;
    private final X509Certificate signer;

    public AppearanceTexts(SignProfile profile, X509Certificate signer) {
        this.profile = profile;
        this.signer = signer;
    }

    public String signerName() {
        return profile.name().isBlank()
                ? NamesFromCertificate.commonName(signer)
                : profile.name().trim();
    }

    /**
     * The signer's title ("THỨ TRƯỞNG") the approval is placed under: the profile's, else the
     * certificate's title attribute, so a fresh profile still finds the place (issue 21).
     */
    public String title() {
        return profile.title().isBlank()
                ? NamesFromCertificate.title(signer)
                : profile.title().trim();
    }

    String agency() {
        return profile.agency().isBlank()
                ? NamesFromCertificate.organization(signer)
                : profile.agency().trim();
    }

    public String time(ZonedDateTime time) {
        return "Thời gian ký: " + profile.formatTime(time);
    }

    public List<String> issue(ZonedDateTime time) {
        return List.of("Cơ quan: " + agency(), time(time));
    }

    public List<String> annex(String documentNumber, ZonedDateTime time) {
        return List.of(numbered(documentNumber), time(time));
    }

    /** "Số: 123/QĐ-BTC", whether or not the clerk typed the "Số:". */
    private static String numbered(String documentNumber) {
        String number = documentNumber.trim();
        boolean labelled = number.toLowerCase(Locale.ROOT).startsWith("số");
        return labelled ? number : "Số: " + number;
    }

    /**
     * The copy's three lines: its form with its own number when given ("SAO Y    Số: 05/SY-VP"), the
     * copying agency, the time; three lines fit the top margin of a Decree 30 page.
     */
    public List<String> copy(CopyForm form, String number, ZonedDateTime time) {
        String first = number.isBlank() ? form.label() : form.label() + "    " + numbered(number);
        return List.of(first, agency(), time(time));
    }

    /**
     * The incoming stamp's three lines, as the paper "ĐẾN" stamp of Decree 30/2020 reads, kept short
     * enough for the blank under the number and notation: the receiving agency in capitals; "ĐẾN"
     * and the incoming number when there is one; the date and time of receipt in the profile's zone.
     */
    public List<String> incoming(String number, ZonedDateTime received) {
        ZonedDateTime local = received.withZoneSameInstant(profile.zone());
        return List.of(
                agency().toUpperCase(VIETNAMESE),
                number.isBlank() ? "ĐẾN" : "ĐẾN    Số: " + number.strip(),
                "Ngày: " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(local) + "    Giờ: "
                        + DateTimeFormatter.ofPattern("HH:mm").format(local));
    }

    /** A signed opinion's lines: the opinion as wrapped to the box, then who gave it and when. */
    public List<String> comment(List<String> wrappedOpinion, ZonedDateTime time) {
        List<String> lines = new ArrayList<>(wrappedOpinion);
        lines.add(signerName());
        lines.add(time(time));
        return List.copyOf(lines);
    }

    /**
     * The initial mark's text: the name and the time in the one format every signature of the
     * document prints (the profile's, by default Decree 30's date, hh:mm:ss and time zone), so an
     * initial and the seal never show the same moment two ways.
     */
    public List<String> mark(ZonedDateTime time) {
        return List.of(signerName(), profile.formatTime(time));
    }
}
