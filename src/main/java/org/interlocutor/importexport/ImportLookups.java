package org.interlocutor.importexport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.Translatable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What every row reader looks up once per import: countries by code or name, and the values of an enum by their
 * constant or their English or French label. Keys are compared without case, accents, spaces or punctuation.
 */
@Component
class ImportLookups {

    private final CountryService countries;
    private final MessageSource messages;

    ImportLookups(CountryService countries, MessageSource messages) {
        this.countries = countries;
        this.messages = messages;
    }

    /** Each country's ISO code by its ISO 3166 alpha-2 and alpha-3 codes and its English and French names. */
    Map<String, String> countryCodesByName() {
        Map<String, String> codes = new HashMap<>();
        for (CountryRow country : countries.list(CountryFilter.ALL, PageRequest.of(0, 1000))) {
            codes.put(key(country.code()), country.code());
            codes.put(key(country.iso3()), country.code());
            codes.put(key(country.nameEn()), country.code());
            codes.put(key(country.nameFr()), country.code());
        }
        return codes;
    }

    /** Each value by its constant's name and its English and French labels, as an export writes them. */
    <E extends Enum<E> & Translatable> Map<String, E> byLabel(E[] values) {
        Map<String, E> byLabel = new HashMap<>();
        for (E value : values) {
            byLabel.put(key(value.name()), value);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                byLabel.put(key(messages.getMessage(value.messageKey(), null, value.name(), locale)), value);
            }
        }
        return byLabel;
    }

    /** Compared without case, accents, spaces or punctuation. */
    static String key(String text) {
        return SearchPatterns.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
