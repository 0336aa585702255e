package org.interlocutor.contact.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The languages a person may speak or want to be written to in: ISO 639-1 codes, shown by their names in the
 * language of the screen (the JDK's own data), with the languages of the Court and of the UN first.
 */
final class Languages {

    private static final List<String> FIRST = List.of("en", "fr", "ar", "es", "pt", "ru", "zh", "sw");

    private Languages() {
    }

    static List<String> codes(Locale displayLocale) {
        Comparator<String> byName = Comparator.comparing(code -> name(code, displayLocale));
        List<String> others = Arrays.stream(Locale.getISOLanguages())
                .filter(code -> !FIRST.contains(code))
                .filter(code -> !name(code, displayLocale).equals(code))
                .sorted(byName)
                .toList();
        return java.util.stream.Stream.concat(FIRST.stream(), others.stream()).toList();
    }

    static String name(String code, Locale displayLocale) {
        String name = Locale.of(code).getDisplayLanguage(displayLocale);
        return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
