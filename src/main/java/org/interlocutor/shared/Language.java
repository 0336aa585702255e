package org.interlocutor.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the product ships in. Adding one means adding its bundle under {@code i18n/}. */
public enum Language implements Translatable {
    ENGLISH(Locale.ENGLISH),
    FRENCH(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    @Override
    public String messageKey() {
        return "language." + tag();
    }

    public static Language fromTag(String tag) {
        return find(tag).orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + tag));
    }

    /** The shipped language for a locale, matching on the language only (fr_CA is French). */
    public static Optional<Language> of(Locale locale) {
        return find(locale.getLanguage());
    }

    private static Optional<Language> find(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag().equalsIgnoreCase(tag)).findFirst();
    }
}
