/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * VNSign's user-facing text, Vietnamese and English, from the one {@code messages} bundle. Keys
 * are dotted ({@code feature.element.purpose}); every error code has {@code error.<CODE>}.
 */
public final class Messages {
    public static final String BUNDLE = "org.vnsign.app.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Vietnamese for {@code vi}, English otherwise. */
    public static Messages forLocale(Locale locale) {
        return new Messages(VIETNAMESE.getLanguage().equals(locale.getLanguage()) ? VIETNAMESE : Locale.ROOT);
    }

    /**
     * Picks the language: an explicit choice ({@code vi} or {@code en}) wins, then the {@code
     * VNSIGN_LANG} environment variable, then the system locale.
     */
    public static Messages choose(String explicit, String environment, Locale system) {
        String choice = explicit != null ? explicit : environment;
        return forLocale(choice != null && !choice.isBlank() ? Locale.forLanguageTag(choice.strip()) : system);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
