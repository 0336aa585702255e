package org.interlocutor.importexport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the field each column holds from its header, in English or French. A guess only: the person confirms
 * or changes it. Headers it does not know map to nothing.
 */
final class ColumnGuesser {

    private static final Map<String, ContactField> FIELDS_BY_HEADER = new HashMap<>();

    static {
        for (ContactField field : ContactField.values()) {
            for (String header : field.headers()) {
                ContactField previous = FIELDS_BY_HEADER.put(normalize(header), field);
                if (previous != null && previous != field) {
                    throw new IllegalStateException(header + " names both " + previous + " and " + field);
                }
            }
        }
    }

    private ColumnGuesser() {
    }

    /** The field a header names, if it is one people commonly use. */
    static Optional<ContactField> guess(String header) {
        return Optional.ofNullable(FIELDS_BY_HEADER.get(normalize(header)));
    }

    /**
     * The field of each column, in column order. A field goes to the first column that names it; a later column
     * with the same name maps to nothing rather than overwrite it.
     */
    static List<Optional<ContactField>> guess(List<String> headers) {
        Set<ContactField> taken = EnumSet.noneOf(ContactField.class);
        List<Optional<ContactField>> fields = new ArrayList<>(headers.size());
        for (String header : headers) {
            Optional<ContactField> field = guess(header).filter(taken::add);
            fields.add(field);
        }
        return fields;
    }

    /** "Adresse électronique *" and "adresse-electronique" both become "adresseelectronique". */
    static String normalize(String header) {
        String withoutAccents = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    }
}
