/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * One sentence in Vietnamese and in English. Reports carry both, because the same report is shown
 * to a Vietnamese official and read by an integrator's log. Arguments that are reasons themselves
 * are put in, each in the sentence's language.
 */
public record Reason(String vi, String en) {
    private static final String BUNDLE = "org.vnsign.signer.verify.texts";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The sentence {@code key} of the verification texts, with {@code arguments} filled in. */
    public static Reason of(String key, Object... arguments) {
        return new Reason(format(VIETNAMESE, key, arguments), format(Locale.ENGLISH, key, arguments));
    }

    /** The parts joined by {@code separator}, each in its own language. */
    public static Reason join(List<Reason> parts, String separator) {
        return new Reason(
                parts.stream().map(Reason::vi).collect(Collectors.joining(separator)),
                parts.stream().map(Reason::en).collect(Collectors.joining(separator)));
    }

    /** The text in {@code locale}'s language: Vietnamese for Vietnamese, English otherwise. */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }

    private static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        Object[] localised = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localised[i] = arguments[i] instanceof Reason nested ? nested.in(locale) : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(localised);
    }
}
