package org.interlocutor.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The .xlsx a person fills in to import: every field of the type as a column, headed as the import recognises it
 * in their language, with one example row, and a second sheet saying what each column takes.
 */
@Component
class ImportTemplates {

    /** The example row of each type, field by field; fields left out stay empty. */
    private static final Map<ImportType, Map<ImportField, Map<Locale, Object>>> EXAMPLES = Map.of(
            ImportType.CONTACTS, Map.ofEntries(
                    example(ContactField.HONORIFIC, "H.E.", "S.E."),
                    example(ContactField.GIVEN_NAME, "Amina", "Amina"),
                    example(ContactField.FAMILY_NAME, "Diallo", "Diallo"),
                    example(ContactField.JOB_TITLE, "Ambassador", "Ambassadrice"),
                    example(ContactField.ORGANIZATION, "Permanent Mission of Senegal", "Mission permanente du Sénégal"),
                    example(ContactField.EMAIL, "amina.diallo@example.org", "amina.diallo@example.org"),
                    example(ContactField.PHONE, "+00 555 0100", "+00 555 0100"),
                    example(ContactField.COUNTRY, "Senegal", "Sénégal"),
                    example(ContactField.LANGUAGES, "French; English", "français; anglais"),
                    example(ContactField.CORRESPONDENCE_LANGUAGE, "French", "français"),
                    example(ContactField.TAGS, "ASP; Budget", "AEP; Budget")),
            ImportType.ORGANIZATIONS, Map.ofEntries(
                    example(OrganizationField.NAME, "Coalition for the ICC (example)", "Coalition pour la CPI (exemple)"),
                    example(OrganizationField.ACRONYM, "CICC", "CCPI"),
                    example(OrganizationField.COUNTRY, "Netherlands", "Pays-Bas"),
                    example(OrganizationField.WEBSITE, "https://example.org", "https://example.org")),
            ImportType.ENGAGEMENTS, Map.ofEntries(
                    example(EngagementField.DATE, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)),
                    example(EngagementField.TIME, "10:30", "10:30"),
                    example(EngagementField.TITLE, "Briefing on the budget", "Point sur le budget"),
                    example(EngagementField.PLACE, "The Hague", "La Haye"),
                    example(EngagementField.PARTICIPANTS, "amina.diallo@example.org", "amina.diallo@example.org"),
                    example(EngagementField.NOTES, "Supports the proposal.", "Soutient la proposition.")));

    private final MessageSource messages;

    ImportTemplates(MessageSource messages) {
        this.messages = messages;
    }

    void write(ImportType type, Locale locale, OutputStream out) throws IOException {
        Map<ImportField, Map<Locale, Object>> examples = EXAMPLES.get(type);
        Locale language = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        List<String> header = new ArrayList<>();
        List<Object> example = new ArrayList<>();
        List<List<?>> about = new ArrayList<>();
        for (ImportField field : type.fields()) {
            if (field == ContactField.FULL_NAME) {
                continue; // first and last name say it better; a full name is read when a file has only that
            }
            String name = messages.getMessage(field.messageKey(), null, field.name(), language);
            header.add(name);
            example.add(examples.getOrDefault(field, Map.of()).get(language));
            about.add(List.of(name, messages.getMessage("importexport.template.help." + type.name() + "."
                    + field.name(), null, "", language)));
        }
        try (XlsxTableSink sink = new XlsxTableSink(messages.getMessage(type.messageKey(), null, type.name(),
                language), out)) {
            sink.header(header);
            sink.row(example);
            sink.finish(messages.getMessage("importexport.template.about", null, "Columns", language), about);
        }
    }

    private static Map.Entry<ImportField, Map<Locale, Object>> example(ImportField field, Object english,
                                                                       Object french) {
        return Map.entry(field, Map.of(Locale.ENGLISH, english, Locale.FRENCH, french));
    }
}
