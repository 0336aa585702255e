package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.interlocutor.contact.ContactExportRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.shared.Translatable;
import org.springframework.context.MessageSource;

/**
 * The columns of a contacts export, named as the contacts list names them (so that "what the list shows" maps
 * one to one), with headers an import recognises: an edited export imports back into the same contacts. The id
 * comes first in every export; the list's "name" becomes title, first name and last name.
 */
final class ContactExportColumns {

    /** One column: its header, and its value in a row (text, number, date or null). */
    record Column(String header, Function<ContactExportRow, Object> value) {
    }

    /** Every column, in the order of an export of all columns. */
    static final List<String> ALL = List.of("id", "honorific", "given-name", "family-name", "organization",
            "job-title", "category", "country", "email", "phone", "languages", "correspondence-language", "owner",
            "sensitivity", "influence", "stance", "last-engaged", "tags");

    private final Map<String, Column> columns = new LinkedHashMap<>();

    ContactExportColumns(MessageSource messages, CountryService countries, Locale locale) {
        Function<String, String> text = key -> messages.getMessage(key, null, key, locale);
        Function<Translatable, String> label = value -> value == null ? null
                : messages.getMessage(value.messageKey(), null, value.toString(), locale);
        add("id", text.apply("importexport.field.ID"), row -> row.row().id());
        add("honorific", text.apply("importexport.field.HONORIFIC"), row -> row.row().honorific());
        add("given-name", text.apply("importexport.field.GIVEN_NAME"), row -> row.row().givenName());
        add("family-name", text.apply("importexport.field.FAMILY_NAME"), row -> row.row().familyName());
        add("organization", text.apply("importexport.field.ORGANIZATION"), row -> row.row().organizationName());
        add("job-title", text.apply("importexport.field.JOB_TITLE"), row -> row.row().jobTitle());
        add("category", text.apply("importexport.field.CATEGORY"), row -> label.apply(row.row().category()));
        // asked once per country: each call to the country service is a transaction of its own
        Map<String, String> countryNames = new java.util.HashMap<>();
        add("country", text.apply("importexport.field.COUNTRY"), row -> row.row().countryCode() == null ? null
                : countryNames.computeIfAbsent(row.row().countryCode(), code -> countries.name(code, locale)));
        add("email", text.apply("importexport.field.EMAIL"), row -> joined(row.emails()));
        add("phone", text.apply("importexport.field.PHONE"), row -> joined(row.phones()));
        add("languages", text.apply("importexport.field.LANGUAGES"), row -> joined(row.languages().stream()
                .map(code -> java.util.Locale.of(code).getDisplayLanguage(locale)).sorted().toList()));
        add("correspondence-language", text.apply("importexport.field.CORRESPONDENCE_LANGUAGE"),
                row -> row.row().correspondenceLanguage() == null ? null
                        : java.util.Locale.of(row.row().correspondenceLanguage()).getDisplayLanguage(locale));
        add("owner", text.apply("contacts.column.owner"), row -> row.row().ownerName());
        add("sensitivity", text.apply("contacts.column.sensitivity"), row -> label.apply(row.row().sensitivity()));
        add("influence", text.apply("importexport.field.INFLUENCE"), row -> row.row().influence());
        add("stance", text.apply("importexport.field.STANCE"), row -> label.apply(row.row().stance()));
        add("last-engaged", text.apply("contacts.column.last-engaged"), row -> row.row().lastEngagedOn());
        add("tags", text.apply("importexport.field.TAGS"), row -> joined(row.row().tags()));
    }

    /** Several values in one cell, as people read them and imports split them: "a@x.org; b@y.org". */
    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private void add(String id, String header, Function<ContactExportRow, Object> value) {
        columns.put(id, new Column(header, value));
    }

    /**
     * The columns for a list showing {@code visible} (the contacts list's column ids; empty means all): the id
     * first, then each visible one, the name as its three parts. Unknown ids are left out.
     */
    List<Column> forList(List<String> visible) {
        List<String> ids = new ArrayList<>();
        ids.add("id");
        for (String id : visible.isEmpty() ? ALL : visible) {
            if (id.equals("name")) {
                ids.addAll(List.of("honorific", "given-name", "family-name"));
            } else if (id.equals("email") && !ids.contains("email")) {
                ids.add("email");
            } else if (columns.containsKey(id) && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.stream().distinct().map(columns::get).toList();
    }
}
