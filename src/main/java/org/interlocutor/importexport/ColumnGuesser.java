package org.interlocutor.importexport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
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

    private static final Map<ImportType, Map<String, ImportField>> FIELDS_BY_HEADER = new EnumMap<>(ImportType.class);

    static {
        for (ImportType type : ImportType.values()) {
            Map<String, ImportField> byHeader = new HashMap<>();
            for (ImportField field : type.fields()) {
                for (String header : field.headers()) {
                    ImportField previous = byHeader.put(normalize(header), field);
                    if (previous != null && previous != field) {
                        throw new IllegalStateException(header + " names both " + previous + " and " + field);
                    }
                }
            }
            FIELDS_BY_HEADER.put(type, byHeader);
        }
    }

    private ColumnGuesser() {
    }

    /** The field a header names, if it is one people commonly use for that type of list. */
    static Optional<ImportField> guess(ImportType type, String header) {
        return Optional.ofNullable(FIELDS_BY_HEADER.get(type).get(normalize(header)));
    }

    /** Whether a header is one people commonly use, whatever the list. */
    static boolean isKnownHeader(String header) {
        String normalized = normalize(header);
        return FIELDS_BY_HEADER.values().stream().anyMatch(byHeader -> byHeader.containsKey(normalized));
    }

    /**
     * The field of each column, in column order. A field goes to the first column that names it; a later column
     * with the same name maps to nothing rather than overwrite it.
     */
    static List<Optional<ImportField>> guess(ImportType type, List<String> headers) {
        Set<ImportField> taken = new HashSet<>();
        List<Optional<ImportField>> fields = new ArrayList<>(headers.size());
        for (String header : headers) {
            fields.add(guess(type, header).filter(taken::add));
        }
        return fields;
    }

    /** "Adresse électronique *" and "adresse-electronique" both become "adresseelectronique". */
    static String normalize(String header) {
        String withoutAccents = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    }
}
